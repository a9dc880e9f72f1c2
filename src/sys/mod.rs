//! The only place that talks to the C library: safe functions over libc, nix and socket2
//! that return `Result`, each `unsafe` block with the reason it is sound. The names and
//! meanings of what they take and return are catalogued in [`crate::reference`].
#![allow(unsafe_code)]

pub mod ancillary;
pub mod byteorder;
pub mod constants;
pub mod errors;
mod ffi;
pub mod host;
pub mod ifname;
pub mod inet;
pub mod interrupt;
pub mod limits;
pub mod links;
pub mod netdb;
pub mod netlink;
pub mod pidfd;
pub mod process;
pub mod race;
pub mod sockdiag;
pub mod socket;
pub mod sockopt;
pub mod sysctl;
pub mod tcp_info;
pub mod tcp_table;
pub mod terminal;

pub use errors::SysError;

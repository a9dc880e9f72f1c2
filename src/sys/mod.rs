//! The only place that talks to the C library: safe functions over libc, nix and socket2
//! that return `Result`, each `unsafe` block with the reason it is sound.
#![allow(unsafe_code)]

pub mod byteorder;
pub mod constants;
pub mod errors;
mod ffi;
pub mod inet;
pub mod netdb;

pub use errors::SysError;

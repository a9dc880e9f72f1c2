//! How getaddrinfo orders the addresses it returns: glibc sorts them by the destination
//! rules of RFC 6724 (its comments still say RFC 3484), with the policy tables of
//! /etc/gai.conf and the source address the kernel would pick for each destination.

pub mod policy;
pub mod rules;

pub use policy::Policy;
pub use rules::{Keys, Listed, Source, Verdict};

//! Conformance: sockref's function mirrors and lookup verbs against Python's `socket`
//! module on this machine (DESIGN.md section 9). Every expected answer comes from Python
//! at test time, one `python3` process per group; none is typed in here.
//!
//! Where python3 is missing the tests say so and pass, except under `CI`, where they fail.
//! Nothing here asks DNS on this host: hosts are numeric or listed in /etc/hosts, and
//! reverse lookups are made only for addresses the hosts file answers (see `offline`). The
//! lookups that would ask DNS here run in the resolver sandbox instead, against Python in
//! the same sandbox, with a hosts file of ours and a DNS server that knows no zone.

#[path = "../support/mod.rs"]
mod support;

mod harness;
mod offline;
mod sockopt_settings;

mod addrinfo;
mod byteorder;
mod cmsg;
mod code;
mod constants;
mod errno;
mod hosts;
mod inet;
mod interfaces;
mod netdb;
mod prefixes;
mod properties;
mod reference;
mod servers;
mod sockopt;

//! Conformance: sockref's function mirrors and lookup verbs against Python's `socket`
//! module on this machine (DESIGN.md section 9). Every expected answer comes from Python
//! at test time, one `python3` process per group; none is typed in here.
//!
//! Where python3 is missing the tests say so and pass, except under `CI`, where they fail.
//! Nothing here needs DNS: hosts are numeric or listed in /etc/hosts, and reverse lookups
//! are made only for addresses the hosts file answers (see `offline`).

#[path = "conformance/harness.rs"]
mod harness;
#[path = "conformance/offline.rs"]
mod offline;

#[path = "conformance/addrinfo.rs"]
mod addrinfo;
#[path = "conformance/byteorder.rs"]
mod byteorder;
#[path = "conformance/hosts.rs"]
mod hosts;
#[path = "conformance/inet.rs"]
mod inet;
#[path = "conformance/netdb.rs"]
mod netdb;

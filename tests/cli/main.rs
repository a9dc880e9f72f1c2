//! The sockref binary from the outside, one module per command group: exit statuses,
//! error lines, JSON shapes, tables and TSV, colour and closed pipes; the echo pair, the
//! experiments and `connect` over loopback. Nothing here leaves the machine.

#[path = "../support/mod.rs"]
mod support;

mod cases;
mod code;
mod connect;
mod constants;
mod echo;
mod echo_modes;
mod errno;
mod experiments;
mod explain;
mod keepalive;
mod live_sockets;
mod lookups;
mod pairs;
mod sockopt;
mod sockopt_mirrors;
mod startup;

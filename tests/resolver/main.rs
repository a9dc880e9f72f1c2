//! Name resolution against a real resolver, in the resolver sandbox (tests/support/sandbox.rs,
//! examples/sandbox): answers from a hosts file and a DNS server, failures, hostile and
//! over-long names, and a 1,000-name batch, each checked against `getent` and Python in the
//! same sandbox.

#[path = "../support/mod.rs"]
mod support;

mod answers;
mod batch;
mod deadlines;
mod explain;
mod failures;

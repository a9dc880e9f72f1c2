//! `sockref reverse`: what the reverse lookups answer for an address, gethostbyaddr (hosts
//! entry with aliases) and getnameinfo (the name a program printing a peer would show)
//! side by side.

use std::net::IpAddr;
use std::time::Duration;

use serde::Serialize;

use crate::cli::ReverseArgs;
use crate::error::{Error, Result};
use crate::exit::ExitStatus;
use crate::report::Report;
use crate::socket_module::names::{self, HostEx, NameInfo};

/// The answers for every address, in input order.
#[derive(Debug, Clone, Serialize)]
pub struct ReverseReport {
    pub results: Vec<ReverseEntry>,
}

/// Both reverse calls for one address.
#[derive(Debug, Clone, Serialize)]
pub struct ReverseEntry {
    pub input: String,
    pub gethostbyaddr: Outcome<HostEx>,
    pub getnameinfo: Outcome<NameInfo>,
}

/// The result of one call: its value or its error.
#[derive(Debug, Clone, Serialize)]
pub struct Outcome<T> {
    pub result: Option<T>,
    pub error: Option<Error>,
}

impl<T> From<Result<T>> for Outcome<T> {
    fn from(r: Result<T>) -> Self {
        match r {
            Ok(v) => Outcome {
                result: Some(v),
                error: None,
            },
            Err(e) => Outcome {
                result: None,
                error: Some(e),
            },
        }
    }
}

impl Report for ReverseReport {
    /// 1 when some address has no name in the hosts database or DNS.
    fn exit_status(&self) -> ExitStatus {
        self.results
            .iter()
            .filter_map(|e| e.gethostbyaddr.error.as_ref())
            .fold(ExitStatus::Success, |acc, e| acc.worst(e.exit_status()))
    }

    fn failures(&self) -> Vec<&Error> {
        self.results
            .iter()
            .filter_map(|e| e.gethostbyaddr.error.as_ref())
            .collect()
    }
}

/// Runs `reverse`.
pub fn run(args: &ReverseArgs, timeout: Duration) -> Result<ReverseReport> {
    let mut results = Vec::new();
    for input in &args.addresses {
        let bare = input.split('%').next().unwrap_or(input);
        if bare.parse::<IpAddr>().is_err() {
            return Err(Error::input(
                "reverse",
                format!("\"{input}\""),
                "not an IPv4 or IPv6 address (use resolve for names)",
            ));
        }
        results.push(ReverseEntry {
            input: input.clone(),
            gethostbyaddr: names::gethostbyaddr(input, timeout).into(),
            getnameinfo: names::getnameinfo(input, 0, 0, timeout).into(),
        });
    }
    Ok(ReverseReport { results })
}

//! `sockref reverse`: what the reverse lookups answer for an address, gethostbyaddr (hosts
//! entry with aliases) and getnameinfo (the name a program printing a peer would show)
//! side by side.

use std::net::IpAddr;
use std::time::Duration;

use std::borrow::Cow;

use serde::Serialize;

use crate::cli::ReverseArgs;
use crate::deadline;
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

impl ReverseReport {
    /// Every failed call, in input order, gethostbyaddr before getnameinfo.
    fn errors(&self) -> impl Iterator<Item = &Error> {
        self.results.iter().flat_map(|e| {
            [e.gethostbyaddr.error.as_ref(), e.getnameinfo.error.as_ref()]
                .into_iter()
                .flatten()
        })
    }
}

impl Report for ReverseReport {
    /// 1 when some address has no name in the hosts database or DNS, or a call missed
    /// its deadline.
    fn exit_status(&self) -> ExitStatus {
        crate::report::worst_of(self.errors())
    }

    fn failures(&self) -> Vec<Cow<'_, Error>> {
        self.errors().map(Cow::Borrowed).collect()
    }
}

/// How many reverse calls run at once.
const JOBS: usize = 32;

/// One of the two calls made for each address.
enum Call {
    Gethostbyaddr(String),
    Getnameinfo(String),
}

/// The answer of one [`Call`].
enum Answer {
    Gethostbyaddr(Result<HostEx>),
    Getnameinfo(Result<NameInfo>),
}

/// Runs `reverse`: both calls for every address side by side (at most [`JOBS`] at once),
/// each within `timeout`.
pub fn run(args: &ReverseArgs, timeout: Duration) -> Result<ReverseReport> {
    for input in &args.addresses {
        let bare = input.split('%').next().unwrap_or(input);
        if bare.parse::<IpAddr>().is_err() {
            return Err(Error::input(
                "reverse",
                format!("\"{input}\""),
                "not an IPv4 or IPv6 address (use resolve for names)",
            ));
        }
    }
    let calls = args
        .addresses
        .iter()
        .flat_map(|a| [Call::Gethostbyaddr(a.clone()), Call::Getnameinfo(a.clone())])
        .collect();
    let mut answers = deadline::call_all(calls, JOBS, timeout, |call| match call {
        Call::Gethostbyaddr(a) => Answer::Gethostbyaddr(names::gethostbyaddr_blocking(&a)),
        Call::Getnameinfo(a) => Answer::Getnameinfo(names::getnameinfo_blocking(&a, 0, 0, None)),
    })
    .into_iter();
    let mut results = Vec::new();
    for input in &args.addresses {
        let by_addr = match answers.next().flatten() {
            Some(Answer::Gethostbyaddr(r)) => r,
            _ => Err(names::timed_out(
                "gethostbyaddr",
                &names::str_input(input),
                timeout,
            )),
        };
        let name_info = match answers.next().flatten() {
            Some(Answer::Getnameinfo(r)) => r,
            _ => Err(names::timed_out(
                "getnameinfo",
                &names::nameinfo_input(input, 0, 0),
                timeout,
            )),
        };
        results.push(ReverseEntry {
            input: input.clone(),
            gethostbyaddr: by_addr.into(),
            getnameinfo: name_info.into(),
        });
    }
    Ok(ReverseReport { results })
}

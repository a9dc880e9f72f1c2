//! `resolve HOST --explain`, `getaddrinfo ... --explain` and `resolve --policy`: why
//! getaddrinfo returned its addresses in this order. For each address, the keys glibc
//! sorts by; for each pair of neighbours, the rule that put the first before the second;
//! and whether sorting by those keys, as glibc sorts, gives back the order it returned.

mod facts;

use std::borrow::Cow;
use std::net::{IpAddr, SocketAddr, SocketAddrV6};
use std::time::Duration;

use serde::Serialize;

use crate::cli::ResolveArgs;
use crate::commands::resolve;
use crate::deadline;
use crate::error::{Error, Result};
use crate::exit::ExitStatus;
use crate::report::Report;
use crate::socket_module::names::{self, AddrInfoQuery, AddrInfoRow, Symbol};
use crate::socket_module::sorting::rules::{before, compare, glibc_sort};
use crate::socket_module::sorting::{Keys, Policy};
use crate::text::Text;

pub use facts::Facts;

/// The policy in force and the explained order of each lookup.
#[derive(Debug, Clone, Serialize)]
pub struct ExplainReport {
    pub policy: Policy,
    /// Tables show the policy only when asked (`--policy`); JSON always has it.
    #[serde(skip)]
    pub show_policy: bool,
    /// Why sources have no flags, prefix length or interface, when glibc has no address
    /// list to find them in.
    pub no_address_list: Option<String>,
    pub results: Vec<Explained>,
}

/// One lookup's addresses in the order getaddrinfo returned them, and why.
#[derive(Debug, Clone, Serialize)]
pub struct Explained {
    /// The host name, or the mirror's call.
    pub input: String,
    pub status: &'static str,
    pub error: Option<Error>,
    /// Whether getaddrinfo sorted at all: it does only for more than one address.
    pub sorted: bool,
    pub destinations: Vec<Destination>,
    /// One per pair of neighbours: why the first comes before the second.
    pub steps: Vec<Step>,
    /// Whether glibc's sort of these rows by these keys gives back the returned order.
    pub reproduced: bool,
}

/// One distinct address of the answer and its sort keys.
#[derive(Debug, Clone, Serialize)]
pub struct Destination {
    /// 1-based, in the order getaddrinfo returned.
    pub position: usize,
    pub family: Symbol,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub port: Option<u16>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub scope_id: Option<u32>,
    pub types: Vec<Symbol>,
    /// The interface of the source address, when the address list names it.
    pub interface: Option<Text>,
    #[serde(flatten)]
    pub keys: Keys,
}

/// Why one address comes before the next.
#[derive(Debug, Clone, Serialize)]
pub struct Step {
    pub first: usize,
    pub second: usize,
    /// RFC 6724 section 6 rule 1-10; 10 means no rule decides and the order the name
    /// service gave is kept.
    pub rule: u8,
    pub reason: String,
    /// Whether the rule puts them in this order (false only if the keys are wrong).
    pub agrees: bool,
}

impl Report for ExplainReport {
    fn exit_status(&self) -> ExitStatus {
        crate::report::worst_of(self.results.iter().filter_map(|e| e.error.as_ref()))
    }

    fn failures(&self) -> Vec<Cow<'_, Error>> {
        self.results
            .iter()
            .filter_map(|e| e.error.as_ref())
            .map(Cow::Borrowed)
            .collect()
    }
}

/// `resolve --explain` / `--policy`: resolve's lookups, explained; `--policy` alone shows
/// only the policy.
pub fn resolve(args: &ResolveArgs, timeout: Duration) -> Result<ExplainReport> {
    let policy_only = args.policy && args.hosts.is_empty() && args.file.is_none();
    let queries = if policy_only {
        Vec::new()
    } else {
        resolve::queries(args)?
    };
    let answers = deadline::call_all(
        queries.clone(),
        usize::from(args.jobs),
        timeout,
        |query: AddrInfoQuery| names::getaddrinfo_blocking(&query),
    );
    let facts = Facts::gather();
    let results = queries
        .iter()
        .zip(answers)
        .map(|(query, answer)| {
            let input = query.host.clone().unwrap_or_default();
            let answer = answer.unwrap_or_else(|| {
                Err(names::timed_out(
                    "getaddrinfo",
                    &query.input_text(),
                    timeout,
                ))
            });
            match answer {
                Ok(rows) => explain(input, &rows, &facts),
                Err(error) => failed(input, error),
            }
        })
        .collect();
    Ok(report(facts, args.policy, results))
}

/// `getaddrinfo ... --explain`: the mirror's one call, explained. A failed call is the
/// mirror's error.
pub fn getaddrinfo(query: &AddrInfoQuery, timeout: Duration) -> Result<ExplainReport> {
    let rows = names::getaddrinfo(query, deadline::Deadline::after(timeout))?;
    let facts = Facts::gather();
    let input = format!("getaddrinfo({})", query.input_text());
    let explained = explain(input, &rows, &facts);
    Ok(report(facts, false, vec![explained]))
}

fn report(facts: Facts, show_policy: bool, results: Vec<Explained>) -> ExplainReport {
    ExplainReport {
        no_address_list: facts.unlisted_because.clone(),
        policy: facts.policy,
        show_policy,
        results,
    }
}

fn failed(input: String, error: Error) -> Explained {
    Explained {
        input,
        status: "error",
        error: Some(error),
        sorted: false,
        destinations: Vec::new(),
        steps: Vec::new(),
        reproduced: false,
    }
}

/// The socket address of a row, as getaddrinfo gave it.
fn socket_addr(row: &AddrInfoRow) -> Option<SocketAddr> {
    let view = &row.sockaddr;
    let ip: IpAddr = view.address.to_string().parse().ok()?;
    Some(match ip {
        IpAddr::V4(_) => SocketAddr::new(ip, view.port),
        IpAddr::V6(a) => SocketAddr::V6(SocketAddrV6::new(
            a,
            view.port,
            view.flowinfo.unwrap_or(0),
            view.scope_id.unwrap_or(0),
        )),
    })
}

/// The keys of every row (one source lookup per distinct address, as glibc reuses one
/// for the rows of an address), the distinct addresses, and the verdicts between them.
fn explain(input: String, rows: &[AddrInfoRow], facts: &Facts) -> Explained {
    let mut row_keys: Vec<Keys> = Vec::with_capacity(rows.len());
    let mut seen: Vec<SocketAddr> = Vec::new();
    let mut destinations: Vec<Destination> = Vec::new();
    for row in rows {
        let Some(addr) = socket_addr(row) else {
            continue;
        };
        if let Some(at) = seen.iter().position(|s| *s == addr) {
            row_keys.push(destinations[at].keys.clone());
            if !destinations[at].types.contains(&row.socktype) {
                destinations[at].types.push(row.socktype);
            }
            continue;
        }
        let source = facts.source(addr);
        let interface = source
            .as_ref()
            .and_then(|s| s.listed.as_ref())
            .and_then(|l| facts.interface(l.index));
        let keys = Keys::new(&facts.policy, addr.ip(), source);
        row_keys.push(keys.clone());
        seen.push(addr);
        destinations.push(Destination {
            position: destinations.len() + 1,
            family: row.family,
            port: (addr.port() != 0).then_some(addr.port()),
            scope_id: row.sockaddr.scope_id.filter(|&s| s != 0),
            types: vec![row.socktype],
            interface,
            keys,
        });
    }
    ordered(input, destinations, &row_keys)
}

/// The explanation of destinations in getaddrinfo's order, whose rows (one per address
/// and socket type) have these keys: the verdict between each pair of neighbours, and
/// whether glibc's sort of the rows gives back their order.
pub fn ordered(input: String, destinations: Vec<Destination>, row_keys: &[Keys]) -> Explained {
    let steps = destinations.windows(2).map(step).collect();
    let mut order: Vec<usize> = (0..row_keys.len()).collect();
    glibc_sort(&mut order, &|i, j| before(row_keys, i, j));
    Explained {
        input,
        status: "ok",
        error: None,
        sorted: destinations.len() > 1,
        steps,
        reproduced: order.iter().enumerate().all(|(at, &i)| at == i),
        destinations,
    }
}

fn step(pair: &[Destination]) -> Step {
    let (a, b) = (&pair[0], &pair[1]);
    let (rule, reason, agrees) = match compare(&a.keys, &b.keys) {
        Some(v) => (v.rule, v.reason, v.first_wins),
        None => (
            10,
            "no rule decides: the order the name service gave is kept".to_string(),
            true,
        ),
    };
    Step {
        first: a.position,
        second: b.position,
        rule,
        reason,
        agrees,
    }
}

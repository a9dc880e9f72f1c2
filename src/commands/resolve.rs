//! `sockref resolve`: the system resolver's view of many names at once. Each name gets one
//! getaddrinfo call (with AI_CANONNAME) and, when it resolves, one gethostbyname2_r call
//! for its aliases, both under one deadline; lookups run concurrently on a bounded number
//! of threads and the answers come back in input order.

use std::io::{BufRead, BufReader, Read};
use std::time::{Duration, Instant};

use std::borrow::Cow;

use serde::Serialize;

use crate::cli::ResolveArgs;
use crate::deadline;
use crate::error::{Error, Result};
use crate::exit::ExitStatus;
use crate::reference::constants::SOCK;
use crate::report::Report;
use crate::socket_module::names::{self, AddrInfoQuery, AddrInfoRow, Symbol};
use crate::socket_module::parse::parse_constant;
use crate::sys::netdb::Hints;
use crate::text::Text;
use crate::units::millis;

/// The answer for every input name, in input order.
#[derive(Debug, Clone, Serialize)]
pub struct ResolveReport {
    /// The service resolved with each host, when one was given.
    pub service: Option<String>,
    pub results: Vec<ResolveEntry>,
}

/// What one input name resolved to, or why it did not.
#[derive(Debug, Clone, Serialize)]
pub struct ResolveEntry {
    /// The name exactly as given.
    pub input: String,
    pub status: &'static str,
    pub canonname: Option<Text>,
    pub aliases: Vec<Text>,
    pub addresses: Vec<ResolvedAddress>,
    pub error: Option<Error>,
    /// Wall time of the lookup in milliseconds.
    pub elapsed_ms: f64,
}

/// One distinct address of an answer, with the socket types getaddrinfo listed for it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ResolvedAddress {
    pub family: Symbol,
    pub address: Text,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub port: Option<u16>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub scope_id: Option<u32>,
    pub types: Vec<Symbol>,
}

impl Report for ResolveReport {
    /// 0 when every name resolved, else the worst status among the failures.
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

/// The names `resolve` was given and the hints it asks getaddrinfo with.
fn names_and_hints(args: &ResolveArgs) -> Result<(Vec<String>, Hints)> {
    let names = collect_names(args)?;
    if names.is_empty() {
        return Err(Error::input(
            "resolve",
            "",
            "no host names given (arguments, - for stdin, or --file)",
        ));
    }
    let family = if args.ipv4 {
        libc::AF_INET
    } else if args.ipv6 {
        libc::AF_INET6
    } else {
        libc::AF_UNSPEC
    };
    let socktype = match &args.socktype {
        Some(t) => parse_constant(&SOCK, t)
            .map_err(|reason| Error::input("resolve", format!("--type {t}"), reason))?,
        None => 0,
    };
    let hints = Hints {
        family,
        socktype,
        protocol: 0,
        flags: libc::AI_CANONNAME,
    };
    Ok((names, hints))
}

/// The getaddrinfo calls `resolve` makes, one per name, in input order.
pub fn queries(args: &ResolveArgs) -> Result<Vec<AddrInfoQuery>> {
    let (names, hints) = names_and_hints(args)?;
    Ok(names
        .iter()
        .map(|name| query_for(name, args.service.clone(), hints))
        .collect())
}

/// Runs `resolve`.
pub fn run(args: &ResolveArgs, timeout: Duration) -> Result<ResolveReport> {
    let (names, hints) = names_and_hints(args)?;
    let service = args.service.clone();
    let port = service.clone();
    let results = deadline::call_all(
        names.clone(),
        usize::from(args.jobs),
        timeout,
        move |name| resolve_one(name, port.clone(), hints),
    );
    let results = names
        .into_iter()
        .zip(results)
        .map(|(name, answer)| {
            answer.unwrap_or_else(|| {
                let query = query_for(&name, service.clone(), hints);
                failed(
                    name,
                    names::timed_out("getaddrinfo", &query.input_text(), timeout),
                    timeout,
                )
            })
        })
        .collect();
    Ok(ResolveReport { service, results })
}

fn query_for(name: &str, service: Option<String>, hints: Hints) -> AddrInfoQuery {
    AddrInfoQuery {
        host: Some(name.to_string()),
        port: service,
        hints,
    }
}

fn resolve_one(name: String, service: Option<String>, hints: Hints) -> ResolveEntry {
    let start = Instant::now();
    let query = query_for(&name, service, hints);
    let rows = match names::getaddrinfo_blocking(&query) {
        Ok(rows) => rows,
        Err(e) => return failed(name, e, start.elapsed()),
    };
    let canonname = rows
        .iter()
        .map(|r| r.canonname.clone())
        .find(|c| !c.is_empty());
    let first_family = rows.first().map_or(libc::AF_INET, |r| match r.family {
        Symbol::Name("AF_INET6") => libc::AF_INET6,
        _ => libc::AF_INET,
    });
    // Aliases come only from the hosts database and CNAME chains, which getaddrinfo does
    // not report; a failure here leaves the addresses standing.
    // A numeric host has no aliases; asking would only cost a second lookup.
    let numeric = name
        .split('%')
        .next()
        .is_some_and(|n| n.parse::<std::net::IpAddr>().is_ok());
    let aliases = if numeric {
        Vec::new()
    } else {
        names::hostent_by_name_blocking("gethostbyname2", &name, first_family)
            .map(|h| h.aliaslist)
            .unwrap_or_default()
    };
    ResolveEntry {
        input: name,
        status: "ok",
        canonname,
        aliases,
        addresses: group_addresses(&rows, query.port.is_some()),
        error: None,
        elapsed_ms: millis(start.elapsed()),
    }
}

/// Folds getaddrinfo's rows (one per address and socket type) into one per address,
/// keeping the resolver's order of first appearance.
fn group_addresses(rows: &[AddrInfoRow], with_port: bool) -> Vec<ResolvedAddress> {
    let mut out: Vec<ResolvedAddress> = Vec::new();
    for row in rows {
        let port = with_port.then_some(row.sockaddr.port);
        let existing = out.iter_mut().find(|a| {
            a.family == row.family && a.address == row.sockaddr.address && a.port == port
        });
        match existing {
            Some(a) if !a.types.contains(&row.socktype) => a.types.push(row.socktype),
            Some(_) => {}
            None => out.push(ResolvedAddress {
                family: row.family,
                address: row.sockaddr.address.clone(),
                port,
                scope_id: row.sockaddr.scope_id.filter(|&s| s != 0),
                types: vec![row.socktype],
            }),
        }
    }
    out
}

fn failed(name: String, error: Error, elapsed: Duration) -> ResolveEntry {
    ResolveEntry {
        input: name,
        status: "error",
        canonname: None,
        aliases: Vec::new(),
        addresses: Vec::new(),
        error: Some(error),
        elapsed_ms: millis(elapsed),
    }
}

/// Names from the arguments, `-` (stdin) and `--file`, in that order.
fn collect_names(args: &ResolveArgs) -> Result<Vec<String>> {
    let mut names = Vec::new();
    for host in &args.hosts {
        if host == "-" {
            read_names("-", std::io::stdin().lock(), &mut names)?;
        } else {
            push_name(&mut names, "arguments", host)?;
        }
    }
    if let Some(path) = &args.file {
        let shown = path.display().to_string();
        let file = std::fs::File::open(path)
            .map_err(|e| Error::input("resolve", format!("--file {shown}"), e.to_string()))?;
        read_names(&shown, file, &mut names)?;
    }
    Ok(names)
}

/// The most names one run takes, from every source together.
pub const MAX_NAMES: usize = 100_000;
/// The longest line of a name list: room for a 253-byte name and a comment.
pub const MAX_LINE: usize = 4096;

fn push_name(names: &mut Vec<String>, source: &str, name: &str) -> Result<()> {
    if names.len() >= MAX_NAMES {
        return Err(Error::input(
            "resolve",
            source.to_string(),
            format!("more than {MAX_NAMES} names; split the list"),
        ));
    }
    names.push(name.to_string());
    Ok(())
}

/// One name per line; blank lines and `#` comments are skipped. Reading stops with an
/// error at a line longer than [`MAX_LINE`] or past [`MAX_NAMES`] names, so memory stays
/// bounded whatever the input (`/dev/zero`, `yes`).
fn read_names(source: &str, reader: impl Read, names: &mut Vec<String>) -> Result<()> {
    let mut reader = BufReader::new(reader);
    let mut line = Vec::with_capacity(256);
    for number in 1.. {
        line.clear();
        let read = (&mut reader)
            .take(MAX_LINE as u64 + 1)
            .read_until(b'\n', &mut line)
            .map_err(|e| Error::input("resolve", source.to_string(), e.to_string()))?;
        if read == 0 {
            break;
        }
        if line.len() > MAX_LINE {
            return Err(Error::input(
                "resolve",
                source.to_string(),
                format!("line {number} is longer than {MAX_LINE} bytes"),
            ));
        }
        let text = std::str::from_utf8(&line).map_err(|_| {
            Error::input(
                "resolve",
                source.to_string(),
                format!("line {number} is not valid UTF-8"),
            )
        })?;
        let name = text.trim();
        if !name.is_empty() && !name.starts_with('#') {
            push_name(names, source, name)?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::socket_module::names::SockAddrView;

    fn row(family: &'static str, address: &str, socktype: &'static str) -> AddrInfoRow {
        AddrInfoRow {
            family: Symbol::Name(family),
            socktype: Symbol::Name(socktype),
            proto: 0,
            canonname: Text::default(),
            sockaddr: SockAddrView {
                address: Text::from(address),
                port: 80,
                flowinfo: None,
                scope_id: None,
            },
        }
    }

    #[test]
    fn rows_fold_into_addresses_in_order() {
        let rows = [
            row("AF_INET6", "::1", "SOCK_STREAM"),
            row("AF_INET6", "::1", "SOCK_DGRAM"),
            row("AF_INET", "127.0.0.1", "SOCK_STREAM"),
            row("AF_INET6", "::1", "SOCK_STREAM"),
        ];
        let grouped = group_addresses(&rows, false);
        assert_eq!(grouped.len(), 2);
        assert_eq!(grouped[0].address, Text::from("::1"));
        assert_eq!(
            grouped[0].types,
            vec![Symbol::Name("SOCK_STREAM"), Symbol::Name("SOCK_DGRAM")]
        );
        assert_eq!(grouped[1].port, None);
    }

    #[test]
    fn name_lists_skip_blanks_and_comments() {
        let text = "a.example\n\n  # comment\nb.example  \r\n";
        let mut names = Vec::new();
        assert!(read_names("-", text.as_bytes(), &mut names).is_ok());
        assert_eq!(names, vec!["a.example", "b.example"]);
    }

    #[test]
    fn endless_input_stops_with_an_error() {
        let mut names = Vec::new();
        let zeros = std::io::repeat(0).take(1 << 30);
        let e = read_names("/dev/zero", zeros, &mut names);
        assert!(e.is_err_and(|e| e.to_string().contains("longer than 4096")));
        let mut names = Vec::new();
        let text = b"y\n".repeat(MAX_NAMES + 1);
        let e = read_names("-", text.as_slice(), &mut names);
        assert!(e.is_err_and(|e| e.to_string().contains("more than 100000 names")));
        assert_eq!(names.len(), MAX_NAMES);
    }
}

//! `sockref const`: the socket constants of DESIGN.md section 1 with their values on this
//! platform, looked up by exact name, prefix, glob or value.

use serde::Serialize;

use crate::cli::ConstArgs;
use crate::error::{Error, Result};
use crate::reference::constants::{HAS_IPV6, SOCKET_GROUPS};
use crate::report::Report;
use crate::socket_module::parse::parse_int;
use crate::sys::host;

/// The constants that matched, in catalogue order (group by group, header order within).
#[derive(Debug, Clone, Serialize)]
pub struct ConstReport {
    pub constants: Vec<ConstRow>,
}

impl Report for ConstReport {}

/// One constant.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ConstRow {
    pub name: &'static str,
    pub value: i64,
    /// The group's prefix (`AF`, `SO`, ...); `SOMAXCONN` and `has_ipv6` are groups of one.
    pub group: &'static str,
    /// The value in hex, for groups of flags and addresses (MSG, AI, NI, INADDR).
    pub hex: Option<String>,
    pub meaning: &'static str,
}

/// Runs `const`.
pub fn run(args: &ConstArgs) -> Result<ConstReport> {
    let mut rows = catalogue(host::has_ipv6());
    if let Some(prefix) = &args.prefix {
        let group = group_named(prefix).ok_or_else(|| {
            Error::input(
                "const",
                format!("prefix={prefix}"),
                format!("not a constant group (one of {})", group_names().join(", ")),
            )
        })?;
        rows.retain(|r| r.group == group);
    }
    if let Some(text) = &args.value {
        let value =
            parse_int(text).map_err(|e| Error::input("const", format!("value={text}"), e))?;
        rows.retain(|r| i128::from(r.value) == value);
    }
    if let Some(pattern) = &args.pattern {
        rows = select(rows, pattern);
    }
    if rows.is_empty() {
        return Err(Error::not_in_reference(
            "const",
            describe(args),
            "no constant matches",
        ));
    }
    Ok(ConstReport { constants: rows })
}

/// Every constant, `has_ipv6` last with the value the caller found.
pub fn catalogue(has_ipv6: bool) -> Vec<ConstRow> {
    let mut rows: Vec<ConstRow> = SOCKET_GROUPS
        .iter()
        .flat_map(|g| {
            g.group.members.iter().map(move |c| ConstRow {
                name: c.name,
                value: c.value,
                group: g.group.prefix,
                hex: g.hex.then(|| format!("{:#x}", c.value)),
                meaning: c.meaning,
            })
        })
        .collect();
    rows.push(ConstRow {
        name: HAS_IPV6.name,
        value: i64::from(has_ipv6),
        group: HAS_IPV6.name,
        hex: None,
        meaning: HAS_IPV6.meaning,
    });
    rows
}

/// The group called `text` (`AF`, `af_`, `SOMAXCONN`, `has_ipv6`).
fn group_named(text: &str) -> Option<&'static str> {
    let wanted = text.trim().trim_end_matches('_');
    group_names()
        .into_iter()
        .find(|g| g.eq_ignore_ascii_case(wanted))
}

fn group_names() -> Vec<&'static str> {
    let mut names: Vec<&'static str> = SOCKET_GROUPS.iter().map(|g| g.group.prefix).collect();
    names.push(HAS_IPV6.name);
    names
}

/// The rows a pattern picks: a glob when it holds `*` or `?`; otherwise the constant of
/// that exact name, else the group of that name (`SO`, `SO_`), else every name that starts
/// with it (`TCP_KEEP`). Case does not matter.
fn select(rows: Vec<ConstRow>, pattern: &str) -> Vec<ConstRow> {
    let pattern = pattern.trim();
    if pattern.contains(['*', '?']) {
        return rows
            .into_iter()
            .filter(|r| glob_match(pattern, r.name))
            .collect();
    }
    if rows.iter().any(|r| r.name.eq_ignore_ascii_case(pattern)) {
        return rows
            .into_iter()
            .filter(|r| r.name.eq_ignore_ascii_case(pattern))
            .collect();
    }
    if let Some(group) = group_named(pattern) {
        return rows.into_iter().filter(|r| r.group == group).collect();
    }
    let upper = pattern.to_ascii_uppercase();
    rows.into_iter()
        .filter(|r| r.name.to_ascii_uppercase().starts_with(&upper))
        .collect()
}

/// Whether `name` matches the glob `pattern` as a whole, ignoring ASCII case: `*` stands
/// for any run of characters (none included), `?` for exactly one.
pub fn glob_match(pattern: &str, name: &str) -> bool {
    let p: Vec<char> = pattern.chars().map(|c| c.to_ascii_uppercase()).collect();
    let n: Vec<char> = name.chars().map(|c| c.to_ascii_uppercase()).collect();
    let (mut pi, mut ni) = (0, 0);
    // Where the last `*` was, and how much of the name it has swallowed so far.
    let mut star: Option<(usize, usize)> = None;
    while ni < n.len() {
        match p.get(pi) {
            Some('*') => {
                star = Some((pi, ni));
                pi += 1;
            }
            Some(&c) if c == '?' || c == n[ni] => {
                pi += 1;
                ni += 1;
            }
            _ => match star {
                Some((sp, sn)) => {
                    pi = sp + 1;
                    ni = sn + 1;
                    star = Some((sp, sn + 1));
                }
                None => return false,
            },
        }
    }
    p[pi..].iter().all(|&c| c == '*')
}

/// The query as the error line names it: `"SO_*BUF", prefix=SO, value=10`.
fn describe(args: &ConstArgs) -> String {
    let mut parts = Vec::new();
    if let Some(p) = &args.pattern {
        parts.push(format!("{p:?}"));
    }
    if let Some(p) = &args.prefix {
        parts.push(format!("prefix={p}"));
    }
    if let Some(v) = &args.value {
        parts.push(format!("value={v}"));
    }
    parts.join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(pattern: Option<&str>, prefix: Option<&str>, value: Option<&str>) -> ConstArgs {
        ConstArgs {
            pattern: pattern.map(str::to_string),
            prefix: prefix.map(str::to_string),
            value: value.map(str::to_string),
            all: false,
            decode: None,
        }
    }

    fn names(report: &ConstReport) -> Vec<&str> {
        report.constants.iter().map(|r| r.name).collect()
    }

    #[test]
    fn globs() {
        assert!(glob_match("SO_*BUF", "SO_RCVBUF"));
        assert!(glob_match("so_*buf", "SO_SNDBUF"));
        assert!(!glob_match("SO_*BUF", "SO_RCVBUFFORCE"));
        assert!(glob_match("SO_*BUF*", "SO_RCVBUFFORCE"));
        assert!(glob_match("AF_INET?", "AF_INET6"));
        assert!(!glob_match("AF_INET?", "AF_INET"));
        assert!(glob_match("*", ""));
        assert!(glob_match("**", "X"));
        assert!(glob_match("*_*_*", "TCP_AO_INFO"));
        assert!(!glob_match("*_*_*", "TCP_INFO"));
        assert!(glob_match("a*b*c", "aXXbYYbZc"));
        assert!(!glob_match("a*b*c", "aXXbYYbZ"));
        assert!(!glob_match("", "X"));
    }

    #[test]
    fn exact_names_ignore_case_and_stand_alone() {
        let r = run(&args(Some("af_inet"), None, None)).expect("AF_INET");
        assert_eq!(names(&r), ["AF_INET"]);
        assert_eq!(r.constants[0].value, libc::AF_INET as i64);
    }

    #[test]
    fn prefixes_take_a_group_or_the_start_of_names() {
        let so = run(&args(Some("SO"), None, None)).expect("SO");
        assert!(so.constants.iter().all(|r| r.group == "SO"));
        assert_eq!(
            so.constants.len(),
            crate::reference::constants::SO.members.len()
        );
        let keep = run(&args(Some("TCP_KEEP"), None, None)).expect("TCP_KEEP");
        assert_eq!(
            names(&keep),
            ["TCP_KEEPIDLE", "TCP_KEEPINTVL", "TCP_KEEPCNT"]
        );
    }

    #[test]
    fn values_within_a_prefix_show_every_name() {
        let r = run(&args(None, Some("AF"), Some("10"))).expect("AF 10");
        assert_eq!(names(&r), ["AF_INET6"]);
        let r = run(&args(None, Some("af_"), Some("0x10"))).expect("AF 16");
        assert_eq!(names(&r), ["AF_NETLINK", "AF_ROUTE"]);
        let r = run(&args(None, Some("INADDR"), Some("0xffffffff"))).expect("INADDR");
        assert_eq!(names(&r), ["INADDR_BROADCAST", "INADDR_NONE"]);
        assert_eq!(r.constants[0].hex.as_deref(), Some("0xffffffff"));
    }

    #[test]
    fn misses_and_bad_input() {
        let miss = run(&args(Some("SO_NOSUCH"), None, None)).unwrap_err();
        assert_eq!(miss.exit_status(), crate::exit::ExitStatus::No);
        assert!(miss.to_string().contains("SO_NOSUCH"));
        let bad = run(&args(None, None, Some("ten"))).unwrap_err();
        assert_eq!(bad.exit_status(), crate::exit::ExitStatus::Trouble);
        let bad = run(&args(None, Some("NOPE"), None)).unwrap_err();
        assert_eq!(bad.exit_status(), crate::exit::ExitStatus::Trouble);
    }

    #[test]
    fn has_ipv6_is_a_group_of_one() {
        let rows = catalogue(true);
        let last = rows.last().expect("rows");
        assert_eq!(
            (last.name, last.value, last.group),
            ("has_ipv6", 1, "has_ipv6")
        );
        assert_eq!(select(catalogue(false), "HAS_IPV6")[0].value, 0);
    }
}

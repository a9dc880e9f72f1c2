//! The names users give sockets and options: families, types and protocols as
//! `AF_INET`/`inet`/`2`, levels as `SOL_SOCKET`/`IPPROTO_TCP`/`tcp`/`6`, options as
//! `SO_RCVBUF`/`rcvbuf`/`8`, and the close matches offered for a name we do not know.

use crate::reference::constants::{AF, IPPROTO, SOCK};
use crate::reference::options::{Level, OPTIONS, SockOpt, by_number, find};
use crate::socket_module::parse::{parse_constant, parse_int};
use crate::socket_module::pyargs::PyArg;

/// The prefixes an option name may be given without.
const PREFIXES: [&str; 5] = ["SO_", "IP_", "IPV6_", "TCP_", "UDP_"];

/// An `AF_*` family by name or number.
pub fn family(text: &str) -> Result<i32, String> {
    parse_constant(&AF, text)
}

/// A `SOCK_*` type by name or number.
pub fn socktype(text: &str) -> Result<i32, String> {
    parse_constant(&SOCK, text)
}

/// An `IPPROTO_*` protocol by name or number.
pub fn protocol(text: &str) -> Result<i32, String> {
    parse_constant(&IPPROTO, text)
}

/// A level: `SOL_SOCKET` (or `socket`), `SOL_IP`/`IPPROTO_IP`/`ip`, and so on for IPv6,
/// TCP and UDP; any other `IPPROTO_*` name; or a number.
pub fn level(text: &str) -> Result<i32, String> {
    let upper = text.trim().to_ascii_uppercase();
    for l in Level::ALL {
        let short = l.name().rsplit('_').next().unwrap_or_default();
        let sol = format!("SOL_{short}");
        if upper == l.name() || upper == short || upper == sol {
            return Ok(l.number());
        }
    }
    parse_constant(&IPPROTO, text)
        .map_err(|_| format!("unknown level {text:?} (try SOL_SOCKET, IPPROTO_IP, IPPROTO_IPV6, IPPROTO_TCP, IPPROTO_UDP or a number)"))
}

/// How a symbolic argument is shown: the level's name when it has one, else the number.
pub fn level_arg(level: i32) -> PyArg {
    match Level::ALL.iter().find(|l| l.number() == level) {
        Some(l) => PyArg::Name(l.name().to_string()),
        None => IPPROTO
            .name_of(level.into())
            .map_or(PyArg::Int(level.into()), |n| PyArg::Name(n.to_string())),
    }
}

/// A constant argument by its group's name for the value, or the number.
pub fn family_arg(v: i32) -> PyArg {
    AF.name_of(v.into())
        .map_or(PyArg::Int(v.into()), |n| PyArg::Name(n.to_string()))
}

/// A `SOCK_*` argument by name, or the number.
pub fn socktype_arg(v: i32) -> PyArg {
    SOCK.name_of(v.into())
        .map_or(PyArg::Int(v.into()), |n| PyArg::Name(n.to_string()))
}

/// An `IPPROTO_*` argument by name, or the number (0 stays 0: "the default").
pub fn protocol_arg(v: i32) -> PyArg {
    match IPPROTO.name_of(v.into()) {
        Some(n) if v != 0 => PyArg::Name(n.to_string()),
        _ => PyArg::Int(v.into()),
    }
}

/// An option argument: its name when the table has this level and number, else the number.
pub fn option_arg(level: i32, number: i32) -> PyArg {
    by_number(level, number).map_or(PyArg::Int(number.into()), |o| PyArg::Name(o.name.into()))
}

/// An option of the table by name, with or without its prefix when that is unambiguous.
pub fn option(text: &str) -> Result<&'static SockOpt, String> {
    if let Some(opt) = find(text) {
        return Ok(opt);
    }
    let upper = text.trim().to_ascii_uppercase();
    let prefixed: Vec<&'static SockOpt> = PREFIXES
        .iter()
        .filter_map(|p| find(&format!("{p}{upper}")))
        .collect();
    match prefixed.as_slice() {
        [one] => Ok(one),
        [] => Err(unknown(text)),
        many => {
            let names: Vec<&str> = many.iter().map(|o| o.name).collect();
            Err(format!("{text:?} is ambiguous: {}", names.join(", ")))
        }
    }
}

/// An option for a mirror: a name from the table (any level) or a number.
pub fn option_number(text: &str) -> Result<i32, String> {
    if let Ok(opt) = option(text) {
        return Ok(opt.number);
    }
    match parse_int(text) {
        Ok(n) => i32::try_from(n).map_err(|_| format!("{text} does not fit a C int")),
        Err(_) => Err(unknown(text)),
    }
}

/// What to tell the user when the option named `text` belongs to another level than
/// `level`: the call still goes ahead with its number at `level`, as Python's does, and
/// reads whatever option that number is there (SO_RCVBUF at IPPROTO_TCP is TCP_LINGER2).
pub fn level_mismatch(level: i32, text: &str) -> Option<String> {
    let opt = option(text).ok()?;
    if opt.level.number() == level {
        return None;
    }
    let asked = level_arg(level);
    let there = by_number(level, opt.number).map_or_else(
        || format!("no option sockref knows is number {} there", opt.number),
        |o| format!("option {} there is {}", opt.number, o.name),
    );
    Some(format!(
        "{} belongs to {}, not {asked}: {there}",
        opt.name,
        opt.level.name()
    ))
}

fn unknown(text: &str) -> String {
    let matches = close_matches(text);
    if matches.is_empty() {
        format!("unknown socket option {text:?} (`sockref sockopt --all` lists them)")
    } else {
        format!(
            "unknown socket option {text:?}; close matches: {}",
            matches.join(", ")
        )
    }
}

/// Up to five option names close to `text`: similar spelling, or containing it.
pub fn close_matches(text: &str) -> Vec<&'static str> {
    let upper = text.trim().to_ascii_uppercase();
    if upper.is_empty() {
        return Vec::new();
    }
    let mut scored: Vec<(f64, &'static str)> = OPTIONS
        .iter()
        .filter_map(|o| {
            let bare = PREFIXES
                .iter()
                .find_map(|p| o.name.strip_prefix(p))
                .unwrap_or(o.name);
            let score =
                strsim::jaro_winkler(&upper, o.name).max(strsim::jaro_winkler(&upper, bare));
            let contains = upper.len() >= 3 && o.name.contains(upper.as_str());
            (score >= 0.88 || contains)
                .then_some((if contains { score.max(0.9) } else { score }, o.name))
        })
        .collect();
    scored.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(b.1)));
    scored.into_iter().take(5).map(|(_, name)| name).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn levels_in_every_spelling() {
        for text in ["SOL_SOCKET", "socket", "1"] {
            assert_eq!(level(text), Ok(libc::SOL_SOCKET), "{text}");
        }
        for text in ["IPPROTO_TCP", "tcp", "SOL_TCP", "6"] {
            assert_eq!(level(text), Ok(libc::IPPROTO_TCP), "{text}");
        }
        assert_eq!(level("ipv6"), Ok(libc::IPPROTO_IPV6));
        assert_eq!(level("IPPROTO_RAW"), Ok(libc::IPPROTO_RAW));
        assert!(level("SOL_NOSUCH").is_err());
    }

    #[test]
    fn options_by_name_bare_name_or_number() {
        assert_eq!(option("SO_RCVBUF").map(|o| o.number), Ok(libc::SO_RCVBUF));
        assert_eq!(option("rcvbuf").map(|o| o.number), Ok(libc::SO_RCVBUF));
        assert_eq!(option("keepidle").map(|o| o.name), Ok("TCP_KEEPIDLE"));
        assert!(option("cork").is_err_and(|e| e.contains("TCP_CORK") && e.contains("UDP_CORK")));
        assert_eq!(option_number("8"), Ok(8));
        assert!(option_number("SO_NOSUCH").is_err());
    }

    #[test]
    fn close_matches_for_typos() {
        assert_eq!(close_matches("SO_RCVBUFF").first(), Some(&"SO_RCVBUF"));
        assert_eq!(close_matches("TCP_KEEPIDEL").first(), Some(&"TCP_KEEPIDLE"));
        assert!(close_matches("KEEP").contains(&"SO_KEEPALIVE"));
        assert!(close_matches("zzzzzz").is_empty());
        let e = option("SO_RCVBUFF").expect_err("not an option");
        assert!(e.contains("close matches: SO_RCVBUF"), "{e}");
    }
}

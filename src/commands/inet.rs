//! Address conversion: the inet_pton/inet_ntop/inet_aton/inet_ntoa mirrors with Python's
//! errors, and `sockref inet`, which shows what each parser makes of one input.

use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};

use serde::Serialize;

use crate::error::{Error, Result};
use crate::report::Report;
use crate::socket_module::addrclass::{self, AddressClass};
use crate::socket_module::names::c_string;
use crate::socket_module::parse::{parse_hex, to_hex};
use crate::socket_module::pyargs::PyArg;
use crate::sys::inet as c;

/// Everything about one address.
#[derive(Debug, Clone, Serialize)]
pub struct InetReport {
    pub input: String,
    /// `text` when a parser accepted the input, `packed` when it was read as hex bytes,
    /// `zoned` for an IPv6 address with a zone (`fe80::1%eth0`), read as getaddrinfo reads it.
    pub form: &'static str,
    pub family: &'static str,
    /// What each text parser said of the input.
    pub parsers: Vec<ParserView>,
    /// The packed address (network byte order) as hex.
    pub packed: String,
    /// The packed address as an unsigned integer, in decimal. A string because an IPv6
    /// address does not fit the integers JSON readers handle exactly.
    pub integer: String,
    /// inet_ntop's canonical text.
    pub inet_ntop: String,
    /// inet_ntoa's text (IPv4 only).
    pub inet_ntoa: Option<String>,
    pub classes: Vec<AddressClass>,
    /// The IPv4 address inside an IPv4-mapped IPv6 address, with its classes.
    pub mapped_ipv4: Option<MappedView>,
    /// The zone of `fe80::1%eth0` (a name or an index), which inet_pton does not take
    /// and getaddrinfo does.
    pub zone: Option<String>,
    /// The interface index the zone names: the sin6_scope_id getaddrinfo gives.
    pub scope_id: Option<u32>,
}

impl Report for InetReport {}

/// One text parser's verdict.
#[derive(Debug, Clone, Serialize)]
pub struct ParserView {
    pub call: String,
    pub accepted: bool,
    pub packed: Option<String>,
}

/// The IPv4 side of an IPv4-mapped address.
#[derive(Debug, Clone, Serialize)]
pub struct MappedView {
    pub address: String,
    pub classes: Vec<AddressClass>,
}

/// Runs `inet`. An IPv6 address with a zone (`fe80::1%eth0`, `fe80::1%2`) is read as
/// getaddrinfo reads it: the address, and the interface index the zone names.
pub fn run(input: &str) -> Result<InetReport> {
    if let Some((address, zone)) = zoned(input) {
        let scope_id = scope_id(input, zone)?;
        let mut report = unzoned(address)?;
        // The parsers' verdicts are on the text as typed: none of them takes a zone.
        report.parsers = parser_views(input)?.0;
        report.input = input.to_string();
        report.form = "zoned";
        report.zone = Some(zone.to_string());
        report.scope_id = Some(scope_id);
        return Ok(report);
    }
    unzoned(input)
}

/// What each text parser says of `input`, and what the first that accepts it packed.
fn parser_views(input: &str) -> Result<(Vec<ParserView>, Option<Vec<u8>>)> {
    let arg = PyArg::Str(input.to_string()).to_string();
    let text = c_string("inet", &arg, input)?;
    let pton4 = c::inet_pton(libc::AF_INET, &text).ok().flatten();
    let pton6 = c::inet_pton(libc::AF_INET6, &text).ok().flatten();
    let aton = c::inet_aton(&text);
    let parsers = vec![
        parser_view(format!("inet_pton(AF_INET, {arg})"), pton4.as_deref()),
        parser_view(format!("inet_pton(AF_INET6, {arg})"), pton6.as_deref()),
        parser_view(format!("inet_aton({arg})"), aton.as_ref().map(|a| &a[..])),
    ];
    Ok((parsers, pton6.or(pton4).or(aton.map(|a| a.to_vec()))))
}

/// The address and zone of `ADDR%ZONE`, when ADDR is an IPv6 address.
fn zoned(input: &str) -> Option<(&str, &str)> {
    let (address, zone) = input.split_once('%')?;
    let text = std::ffi::CString::new(address).ok()?;
    c::inet_pton(libc::AF_INET6, &text).ok().flatten()?;
    Some((address, zone))
}

/// The index a zone names: an interface's name, or a number, as glibc's getaddrinfo takes
/// them.
fn scope_id(input: &str, zone: &str) -> Result<u32> {
    let arg = PyArg::Str(input.to_string()).to_string();
    if !zone.is_empty() && zone.bytes().all(|b| b.is_ascii_digit()) {
        return zone
            .parse()
            .map_err(|_| Error::input("inet", arg, "the zone index does not fit 32 bits"));
    }
    crate::socket_module::interfaces::if_nametoindex(zone)
        .map_err(|_| Error::not_found("inet", arg, format!("no interface called {zone:?}")))
}

fn unzoned(input: &str) -> Result<InetReport> {
    let arg = PyArg::Str(input.to_string()).to_string();
    let (parsers, parsed) = parser_views(input)?;
    let (form, packed) = match parsed {
        Some(p) => ("text", p),
        None => match parse_hex(input) {
            Ok(bytes) if bytes.len() == 4 || bytes.len() == 16 => ("packed", bytes),
            _ => {
                return Err(Error::input(
                    "inet",
                    arg,
                    "not an address inet_pton or inet_aton accepts, nor 8 or 32 hex digits of a packed address",
                ));
            }
        },
    };
    let ip =
        ip_of(&packed).ok_or_else(|| Error::input("inet", arg.clone(), "not 4 or 16 bytes"))?;
    let af = if packed.len() == 4 {
        libc::AF_INET
    } else {
        libc::AF_INET6
    };
    let ntop = c::inet_ntop(af, &packed).map_err(|e| e.into_error("inet_ntop", &arg, ""))?;
    Ok(InetReport {
        input: input.to_string(),
        form,
        family: if af == libc::AF_INET {
            "AF_INET"
        } else {
            "AF_INET6"
        },
        parsers,
        integer: packed
            .iter()
            .fold(0u128, |acc, &b| (acc << 8) | u128::from(b))
            .to_string(),
        packed: to_hex(&packed),
        inet_ntop: ntop,
        inet_ntoa: <[u8; 4]>::try_from(packed.as_slice())
            .ok()
            .map(c::inet_ntoa),
        classes: addrclass::classify(ip),
        mapped_ipv4: mapped_view(ip),
        zone: None,
        scope_id: None,
    })
}

/// The IPv4 address inside an IPv4-mapped IPv6 address, with its own classes.
fn mapped_view(ip: IpAddr) -> Option<MappedView> {
    match ip {
        IpAddr::V6(v6) => addrclass::mapped_v4(v6).map(|v4| MappedView {
            address: v4.to_string(),
            classes: addrclass::classify(IpAddr::V4(v4)),
        }),
        IpAddr::V4(_) => None,
    }
}

fn parser_view(call: String, packed: Option<&[u8]>) -> ParserView {
    ParserView {
        call,
        accepted: packed.is_some(),
        packed: packed.map(to_hex),
    }
}

fn ip_of(packed: &[u8]) -> Option<IpAddr> {
    if let Ok(b) = <[u8; 4]>::try_from(packed) {
        return Some(IpAddr::V4(Ipv4Addr::from(b)));
    }
    <[u8; 16]>::try_from(packed)
        .ok()
        .map(|b| IpAddr::V6(Ipv6Addr::from(b)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn legacy_text_is_accepted_by_aton_only() {
        let report = run("127.1").unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(report.form, "text");
        assert!(!report.parsers[0].accepted);
        assert!(report.parsers[2].accepted);
        assert_eq!(report.inet_ntop, "127.0.0.1");
        assert_eq!(report.integer, "2130706433");
    }

    #[test]
    fn packed_hex_is_read_when_no_parser_accepts() {
        let report = run("00000000000000000000ffff0a000001").unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(report.form, "packed");
        assert_eq!(report.inet_ntop, "::ffff:10.0.0.1");
        assert_eq!(
            report.mapped_ipv4.map(|m| m.address).as_deref(),
            Some("10.0.0.1")
        );
    }

    #[test]
    fn garbage_is_an_input_error() {
        assert!(run("not-an-address").is_err());
        assert!(run("").is_err());
        assert!(run("1.2.3.4\0").is_err());
    }
}

//! getaddrinfo's sorting policy: the label, precedence and IPv4 scope tables glibc reads
//! from /etc/gai.conf, or its built-in tables where the file has none of a kind. Parsed
//! the way glibc's `gaiconf_init` parses it (nss/getaddrinfo.c), so that a line glibc
//! ignores is ignored here too, with the reason shown instead of silence.

use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};

use serde::Serialize;

use crate::sys::inet::inet_pton;

/// Where glibc reads the policy (`GAICONF_FNAME`).
pub const GAI_CONF: &str = "/etc/gai.conf";

/// One row of the label or precedence table: an IPv6 prefix (IPv4 is matched as
/// `::ffff:a.b.c.d`) and its value.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PrefixEntry {
    pub prefix: Ipv6Addr,
    pub bits: u8,
    pub value: u32,
    /// Added by glibc, not written in the file: the `::/0` row a table without one gets.
    pub implicit: bool,
}

/// One row of the IPv4 scope table.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ScopeEntry {
    pub network: Ipv4Addr,
    pub bits: u8,
    pub value: u32,
    pub implicit: bool,
}

/// A line of gai.conf that has no effect, and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Ignored {
    pub line: usize,
    pub text: String,
    pub reason: String,
}

/// The tables getaddrinfo sorts with, and where they came from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Policy {
    /// The file read, or `None` when it does not exist (the built-in tables).
    pub file: Option<String>,
    /// Why the file could not be read, when it exists but could not be.
    pub unreadable: Option<String>,
    /// Which tables the file replaced; the others are glibc's built-in ones.
    pub from_file: Vec<&'static str>,
    pub labels: Vec<PrefixEntry>,
    pub precedence: Vec<PrefixEntry>,
    pub scopev4: Vec<ScopeEntry>,
    /// `reload yes`: glibc re-reads the file when it changes.
    pub reload: bool,
    pub ignored: Vec<Ignored>,
}

fn entry(prefix: u128, bits: u8, value: u32) -> PrefixEntry {
    PrefixEntry {
        prefix: Ipv6Addr::from(prefix),
        bits,
        value,
        implicit: false,
    }
}

/// glibc's `default_labels`: RFC 3484's table plus site-local (fec0::/10), ULA
/// (fc00::/7) and Teredo (2001::/32) rows of their own.
fn default_labels() -> Vec<PrefixEntry> {
    vec![
        entry(1, 128, 0),
        entry(0x2002 << 112, 16, 2),
        entry(0, 96, 3),
        entry(0xffff << 32, 96, 4),
        entry(0xfec0 << 112, 10, 5),
        entry(0xfc00 << 112, 7, 6),
        entry(0x2001 << 112, 32, 7),
        entry(0, 0, 1),
    ]
}

/// glibc's `default_precedence`: RFC 3484's table, under which IPv6 comes before IPv4.
fn default_precedence() -> Vec<PrefixEntry> {
    vec![
        entry(1, 128, 50),
        entry(0x2002 << 112, 16, 30),
        entry(0, 96, 20),
        entry(0xffff << 32, 96, 10),
        entry(0, 0, 40),
    ]
}

fn scope(network: [u8; 4], bits: u8, value: u32) -> ScopeEntry {
    ScopeEntry {
        network: Ipv4Addr::from(network),
        bits,
        value,
        implicit: false,
    }
}

/// glibc's `default_scopes`: 169.254/16 and 127/8 are link-local, the rest global.
fn default_scopes() -> Vec<ScopeEntry> {
    vec![
        scope([169, 254, 0, 0], 16, 2),
        scope([127, 0, 0, 0], 8, 2),
        scope([0, 0, 0, 0], 0, 14),
    ]
}

impl Default for Policy {
    fn default() -> Self {
        Policy {
            file: None,
            unreadable: None,
            from_file: Vec::new(),
            labels: default_labels(),
            precedence: default_precedence(),
            scopev4: default_scopes(),
            reload: false,
            ignored: Vec::new(),
        }
    }
}

/// The rows of one kind a file gave, in file order.
#[derive(Default)]
struct Rows {
    labels: Vec<PrefixEntry>,
    precedence: Vec<PrefixEntry>,
    scopes: Vec<ScopeEntry>,
}

impl Policy {
    /// The policy in force: [`GAI_CONF`] if it exists, else the built-in tables. A file
    /// that exists but cannot be read leaves the built-in tables, as it does for glibc.
    pub fn load() -> Policy {
        match std::fs::read(GAI_CONF) {
            Ok(bytes) => Policy::parse(GAI_CONF, &bytes),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Policy::default(),
            Err(e) => Policy {
                file: Some(GAI_CONF.to_string()),
                unreadable: Some(e.to_string()),
                ..Policy::default()
            },
        }
    }

    /// The policy a gai.conf with these bytes sets.
    pub fn parse(file: &str, bytes: &[u8]) -> Policy {
        let mut rows = Rows::default();
        let mut policy = Policy {
            file: Some(file.to_string()),
            ..Policy::default()
        };
        for (number, line) in bytes.split(|&b| b == b'\n').enumerate() {
            if let Err(reason) = policy.read_line(line, &mut rows) {
                policy.ignored.push(Ignored {
                    line: number + 1,
                    text: String::from_utf8_lossy(line).trim_end().to_string(),
                    reason,
                });
            }
        }
        if !rows.labels.is_empty() {
            policy.labels = finish(rows.labels, 1);
            policy.from_file.push("label");
        }
        if !rows.precedence.is_empty() {
            policy.precedence = finish(rows.precedence, 40);
            policy.from_file.push("precedence");
        }
        if !rows.scopes.is_empty() {
            policy.scopev4 = finish_scopes(rows.scopes);
            policy.from_file.push("scopev4");
        }
        policy
    }

    /// One line: `Ok` when it sets something or says nothing (blank, comment).
    fn read_line(&mut self, line: &[u8], rows: &mut Rows) -> Result<(), String> {
        // C string functions stop at a NUL byte; a `#` starts a comment anywhere.
        let line = line.split(|&b| b == 0).next().unwrap_or_default();
        let line = line.split(|&b| b == b'#').next().unwrap_or_default();
        let mut words = line
            .split(|&b| is_c_space(b))
            .filter(|w| !w.is_empty())
            .map(|w| String::from_utf8_lossy(w).into_owned());
        let Some(keyword) = words.next() else {
            return Ok(());
        };
        let value1 = words.next().unwrap_or_default();
        let value2 = words.next().unwrap_or_default();
        match keyword.as_str() {
            "label" => rows.labels.push(prefix_row(&value1, &value2)?),
            "precedence" => rows.precedence.push(prefix_row(&value1, &value2)?),
            "scopev4" => rows.scopes.push(scope_row(&value1, &value2)?),
            "reload" => self.reload = value1 == "yes",
            other => {
                return Err(format!(
                    "{other:?} is not label, precedence, scopev4 or reload"
                ));
            }
        }
        Ok(())
    }

    /// The label of an address and the row that gave it.
    pub fn label(&self, address: IpAddr) -> (u32, Option<&PrefixEntry>) {
        // glibc's default when nothing matches (INT_MAX); every table ends in ::/0.
        matching(&self.labels, address).map_or((i32::MAX as u32, None), |e| (e.value, Some(e)))
    }

    /// The precedence of an address and the row that gave it.
    pub fn precedence(&self, address: IpAddr) -> (u32, Option<&PrefixEntry>) {
        matching(&self.precedence, address).map_or((0, None), |e| (e.value, Some(e)))
    }

    /// The scope of an address as glibc's `get_scope` finds it: IPv6 from the address
    /// itself, IPv4 from the scopev4 table.
    pub fn scope(&self, address: IpAddr) -> u32 {
        match address {
            IpAddr::V6(a) if a.is_multicast() => u32::from(a.octets()[1] & 0x0f),
            // RFC 4291 section 2.5.3: the loopback address counts as link-local.
            IpAddr::V6(a) if a.is_unicast_link_local() || a.is_loopback() => 2,
            IpAddr::V6(a) if a.segments()[0] & 0xffc0 == 0xfec0 => 5,
            // ULA, IPv4-mapped and the rest: glibc's "XXX Is this the correct default".
            IpAddr::V6(_) => 14,
            IpAddr::V4(a) => self
                .scopev4
                .iter()
                .find(|e| {
                    prefix_match(u32::from(a).into(), u32::from(e.network).into(), e.bits, 32)
                })
                .map_or(14, |e| e.value),
        }
    }
}

/// The first row whose prefix holds the address, IPv4 as IPv4-mapped IPv6.
fn matching(table: &[PrefixEntry], address: IpAddr) -> Option<&PrefixEntry> {
    let bits = u128::from(as_v6(address));
    table
        .iter()
        .find(|e| prefix_match(bits, u128::from(e.prefix), e.bits, 128))
}

/// An address as glibc matches it against the tables: IPv4 as `::ffff:a.b.c.d`.
pub fn as_v6(address: IpAddr) -> Ipv6Addr {
    match address {
        IpAddr::V4(a) => a.to_ipv6_mapped(),
        IpAddr::V6(a) => a,
    }
}

/// Whether the first `bits` of two `width`-bit numbers agree.
fn prefix_match(a: u128, b: u128, bits: u8, width: u32) -> bool {
    let bits = u32::from(bits).min(width);
    bits == 0 || (a ^ b) >> (width - bits) == 0
}

/// A table from the file's rows: the implicit catch-all appended when no row covers
/// everything, then a stable sort longest prefix first (glibc's qsort is a merge sort).
fn finish(mut rows: Vec<PrefixEntry>, catch_all: u32) -> Vec<PrefixEntry> {
    if !rows.iter().any(|r| r.bits == 0) {
        rows.push(PrefixEntry {
            implicit: true,
            ..entry(0, 0, catch_all)
        });
    }
    rows.sort_by_key(|r| std::cmp::Reverse(r.bits));
    rows
}

fn finish_scopes(mut rows: Vec<ScopeEntry>) -> Vec<ScopeEntry> {
    if !rows.iter().any(|r| r.bits == 0) {
        rows.push(ScopeEntry {
            implicit: true,
            ..scope([0; 4], 0, 14)
        });
    }
    rows.sort_by_key(|r| std::cmp::Reverse(r.bits));
    rows
}

/// `label`/`precedence ADDR6[/BITS] VALUE`, checked as glibc's `add_prefixlist` checks it.
fn prefix_row(value1: &str, value2: &str) -> Result<PrefixEntry, String> {
    let (address, bits) = split_bits(value1);
    let prefix = ipv6(address).ok_or_else(|| format!("{address:?} is not an IPv6 address"))?;
    let bits = match bits {
        None => 128,
        Some(text) => decimal(text)
            .filter(|&b| b <= 128)
            .ok_or_else(|| format!("prefix length {text:?} is not 0-128"))?,
    };
    Ok(PrefixEntry {
        bits: bits as u8,
        value: value(value2)?,
        ..entry(u128::from(prefix), 0, 0)
    })
}

/// `scopev4 ADDR[/BITS] VALUE`: an IPv4 prefix, or the same written IPv4-mapped
/// (`::ffff:169.254.0.0/112`), as glibc's `gaiconf_init` takes it.
fn scope_row(value1: &str, value2: &str) -> Result<ScopeEntry, String> {
    let (address, bits) = split_bits(value1);
    let (network, bits) = if let Some(v6) = ipv6(address) {
        let network = v6
            .to_ipv4_mapped()
            .ok_or_else(|| format!("{address:?} is IPv6 but not IPv4-mapped (::ffff:a.b.c.d)"))?;
        let bits = match bits {
            None => 128,
            Some(text) => decimal(text)
                .filter(|b| (96..=128).contains(b))
                .ok_or_else(|| format!("prefix length {text:?} is not 96-128"))?,
        };
        (network, bits - 96)
    } else {
        let network = ipv4(address).ok_or_else(|| format!("{address:?} is not an address"))?;
        let bits = match bits {
            None => 32,
            Some(text) => decimal(text)
                .filter(|&b| b <= 32)
                .ok_or_else(|| format!("prefix length {text:?} is not 0-32"))?,
        };
        (network, bits)
    };
    let mask = u32::MAX.checked_shl(32 - bits as u32).unwrap_or(0);
    Ok(ScopeEntry {
        network: Ipv4Addr::from(u32::from(network) & mask),
        bits: bits as u8,
        value: value(value2)?,
        implicit: false,
    })
}

fn split_bits(text: &str) -> (&str, Option<&str>) {
    match text.split_once('/') {
        Some((address, bits)) => (address, Some(bits)),
        None => (text, None),
    }
}

fn value(text: &str) -> Result<u32, String> {
    decimal(text)
        .filter(|&v| v <= i32::MAX as u64)
        .map(|v| v as u32)
        .ok_or_else(|| format!("value {text:?} is not a number 0-{}", i32::MAX))
}

/// strtoul(text, &end, 10) that must use the whole text: an optional sign, then digits.
/// A minus sign negates modulo 2^64, so only `-0` stays small.
fn decimal(text: &str) -> Option<u64> {
    let (negative, digits) = match text.as_bytes().first() {
        Some(b'-') => (true, &text[1..]),
        Some(b'+') => (false, &text[1..]),
        _ => (false, text),
    };
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let n: u64 = digits.parse().ok()?;
    Some(if negative { n.wrapping_neg() } else { n })
}

/// inet_pton(AF_INET6) itself, so that the file is read with glibc's own rules.
fn ipv6(text: &str) -> Option<Ipv6Addr> {
    let c = std::ffi::CString::new(text).ok()?;
    let bytes: [u8; 16] = inet_pton(libc::AF_INET6, &c).ok()??.try_into().ok()?;
    Some(Ipv6Addr::from(bytes))
}

fn ipv4(text: &str) -> Option<Ipv4Addr> {
    let c = std::ffi::CString::new(text).ok()?;
    let bytes: [u8; 4] = inet_pton(libc::AF_INET, &c).ok()??.try_into().ok()?;
    Some(Ipv4Addr::from(bytes))
}

/// isspace(3) in the C locale.
fn is_c_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | 0x0b | 0x0c | b'\r')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ip(text: &str) -> IpAddr {
        text.parse().unwrap_or(IpAddr::V4(Ipv4Addr::UNSPECIFIED))
    }

    #[test]
    fn the_built_in_tables_put_ipv6_before_ipv4() {
        let p = Policy::default();
        assert_eq!(p.precedence(ip("::1")).0, 50);
        assert_eq!(p.precedence(ip("2001:db8::1")).0, 40);
        assert_eq!(p.precedence(ip("192.0.2.1")).0, 10);
        assert_eq!(p.label(ip("192.0.2.1")).0, 4);
        assert_eq!(p.label(ip("fd00::1")).0, 6);
        assert_eq!(p.label(ip("2001:0:1::1")).0, 7);
        assert_eq!(p.label(ip("2001:db8::1")).0, 1);
        assert_eq!(p.label(ip("2002::1")).0, 2);
        assert_eq!(p.scope(ip("fe80::1")), 2);
        assert_eq!(p.scope(ip("::1")), 2);
        assert_eq!(p.scope(ip("fec0::1")), 5);
        assert_eq!(p.scope(ip("fd00::1")), 14);
        assert_eq!(p.scope(ip("ff05::1")), 5);
        assert_eq!(p.scope(ip("127.0.0.9")), 2);
        assert_eq!(p.scope(ip("169.254.3.4")), 2);
        assert_eq!(p.scope(ip("10.0.0.1")), 14);
    }

    #[test]
    fn a_file_replaces_only_the_tables_it_writes() {
        let p = Policy::parse(
            "gai.conf",
            b"# prefer IPv4\nprecedence ::ffff:0:0/96  100\n",
        );
        assert_eq!(p.from_file, vec!["precedence"]);
        assert_eq!(p.precedence.len(), 2);
        assert!(p.precedence[1].implicit && p.precedence[1].value == 40);
        assert_eq!(p.precedence(ip("192.0.2.1")).0, 100);
        // Without ::1/128 of its own, the loopback address falls to the catch-all.
        assert_eq!(p.precedence(ip("::1")).0, 40);
        assert_eq!(p.labels, default_labels());
        assert!(p.ignored.is_empty());
    }

    #[test]
    fn rows_sort_longest_prefix_first_and_keep_file_order_among_equals() {
        let text = b"label ::/0 9\nlabel 2001:db8::/32 3\nlabel 2001:db9::/32 4\nlabel ::1 5\n";
        let p = Policy::parse("gai.conf", text);
        let order: Vec<u32> = p.labels.iter().map(|e| e.value).collect();
        assert_eq!(order, vec![5, 3, 4, 9]);
        assert!(p.labels.iter().all(|e| !e.implicit));
        assert_eq!(p.label(ip("2001:db9::7")).0, 4);
        assert_eq!(p.label(ip("10.0.0.1")).0, 9);
    }

    #[test]
    fn scopev4_takes_ipv4_and_mapped_prefixes() {
        let p = Policy::parse(
            "gai.conf",
            b"scopev4 10.0.0.0/8 5\nscopev4 ::ffff:192.168.0.0/112 6\nscopev4 2001:db8::/96 7\n",
        );
        assert_eq!(p.scope(ip("10.1.2.3")), 5);
        assert_eq!(p.scope(ip("192.168.4.4")), 6);
        // The built-in 127/8 row is gone with the table it belonged to.
        assert_eq!(p.scope(ip("127.0.0.1")), 14);
        assert_eq!(p.ignored.len(), 1);
        assert!(p.ignored[0].reason.contains("not IPv4-mapped"));
        assert_eq!(p.scopev4.len(), 3);
    }

    #[test]
    fn lines_glibc_ignores_are_reported_with_the_reason() {
        let text = b"precedence ::1/129 50\nlabel 10.0.0.1 3\nprecedence ::/0 -1\nfrob 1 2\n\
                     precedence ::/0 -0 extra words\nreload yes\n   \n";
        let p = Policy::parse("gai.conf", text);
        let lines: Vec<usize> = p.ignored.iter().map(|i| i.line).collect();
        assert_eq!(lines, vec![1, 2, 3, 4]);
        assert!(p.reload);
        // `-0` is zero to strtoul; the row has bits 0, so no implicit catch-all is added.
        assert_eq!(p.precedence.len(), 1);
        assert_eq!(p.precedence(ip("::1")).0, 0);
    }

    #[test]
    fn decimal_follows_strtoul() {
        assert_eq!(decimal("+7"), Some(7));
        assert_eq!(decimal("007"), Some(7));
        assert_eq!(decimal("-0"), Some(0));
        assert!(decimal("-1").is_some_and(|v| v > i32::MAX as u64));
        assert_eq!(decimal("0x10"), None);
        assert_eq!(decimal(""), None);
        assert_eq!(decimal("99999999999999999999999"), None);
    }
}

//! Endpoints as people type them: `HOST:PORT` for a peer (`127.0.0.1:80`, `[::1]:443`,
//! `localhost:https`, `[fe80::1%eth0]:22`) and `ADDR[:PORT]` for a source address. The
//! bracket form for IPv6 is RFC 3986 section 3.2.2's; a bare IPv6 address with a port is
//! refused, because `::1:80` could be read two ways.

use std::net::Ipv6Addr;

/// A peer as given: the host for getaddrinfo and the port, a number or a service name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Target {
    pub host: String,
    pub port: String,
}

impl Target {
    /// The port as a number, when it is one (not a service name).
    pub fn port_number(&self) -> Option<u16> {
        self.port.parse().ok()
    }
}

/// A source address to bind before connecting, Python's `source_address=(host, port)`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Source {
    pub host: String,
    pub port: u16,
}

/// Parses `HOST:PORT`. PORT is 0-65535 or a service name (`https`).
pub fn parse_target(text: &str) -> Result<Target, String> {
    let (host, port) = split_host_port(text)?;
    let port = port.ok_or("missing :PORT (write HOST:PORT, [IPv6]:PORT, or HOST PORT)")?;
    target(host, port)
}

/// The target given as two words, `HOST PORT`, as getaddrinfo takes them: `localhost 80`,
/// `::1 https`, `[::1] 443`.
pub fn parse_host_and_port(host: &str, port: &str) -> Result<Target, String> {
    let host = host
        .strip_prefix('[')
        .and_then(|h| h.strip_suffix(']'))
        .unwrap_or(host);
    if host.is_empty() {
        return Err("missing HOST".into());
    }
    if host.contains(':') && !is_ipv6(host) {
        return Err("a port twice: give HOST:PORT or HOST PORT".into());
    }
    target(host, port)
}

fn target(host: &str, port: &str) -> Result<Target, String> {
    if port.is_empty() {
        return Err("missing port after ':'".into());
    }
    if looks_numeric(port) {
        parse_port(port)?;
    } else if port.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return Err(format!(
            "{port:?} is neither a port number nor a service name"
        ));
    }
    Ok(Target {
        host: host.to_string(),
        port: port.to_string(),
    })
}

/// Parses `ADDR[:PORT]`: `127.0.0.1`, `127.0.0.1:5000`, `::1`, `[::1]:5000`, a host name.
/// The port defaults to 0 (the kernel picks one).
pub fn parse_source(text: &str) -> Result<Source, String> {
    // A bare IPv6 address has no port; its colons are its own.
    if is_ipv6(text) {
        return Ok(Source {
            host: text.to_string(),
            port: 0,
        });
    }
    let (host, port) = split_host_port(text)?;
    let port = match port {
        None => 0,
        Some(p) if looks_numeric(p) => parse_port(p)?,
        Some(p) => return Err(format!("the source port must be a number, not {p:?}")),
    };
    Ok(Source {
        host: host.to_string(),
        port,
    })
}

/// `[v6]:port`, `[v6]`, `host:port` or `host`, split; the host is never empty.
fn split_host_port(text: &str) -> Result<(&str, Option<&str>), String> {
    if let Some(rest) = text.strip_prefix('[') {
        let (host, after) = rest
            .split_once(']')
            .ok_or("an opening '[' without its ']'")?;
        if !is_ipv6(host) {
            return Err(format!(
                "brackets hold an IPv6 address, and {host:?} is not one"
            ));
        }
        return match after {
            "" => Ok((host, None)),
            _ => match after.strip_prefix(':') {
                Some(port) => Ok((host, Some(port))),
                None => Err(format!("expected ':PORT' after ']', found {after:?}")),
            },
        };
    }
    let (host, port) = match text.rsplit_once(':') {
        Some((host, port)) => (host, Some(port)),
        None => (text, None),
    };
    if host.is_empty() {
        return Err("missing host before ':PORT'".into());
    }
    if host.contains(':') {
        return Err("an IPv6 address with a port needs brackets: [::1]:80".into());
    }
    Ok((host, port))
}

/// An IPv6 address, with an optional `%scope` suffix.
fn is_ipv6(text: &str) -> bool {
    // RFC 6874: a zone ID is unreserved characters (letters, digits, `-._~`).
    let zone_ok = |zone: &str| {
        !zone.is_empty()
            && zone
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~'))
    };
    let address = text
        .split_once('%')
        .map_or(text, |(a, zone)| if zone_ok(zone) { a } else { "" });
    address.parse::<Ipv6Addr>().is_ok()
}

fn looks_numeric(text: &str) -> bool {
    let digits = text.strip_prefix(['-', '+']).unwrap_or(text);
    !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit())
}

fn parse_port(text: &str) -> Result<u16, String> {
    text.parse::<u16>()
        .map_err(|_| format!("port {text} is not in 0-65535"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn target(host: &str, port: &str) -> Result<Target, String> {
        Ok(Target {
            host: host.into(),
            port: port.into(),
        })
    }

    #[test]
    fn targets() {
        assert_eq!(parse_target("127.0.0.1:80"), target("127.0.0.1", "80"));
        assert_eq!(parse_target("[::1]:443"), target("::1", "443"));
        assert_eq!(
            parse_target("localhost:https"),
            target("localhost", "https")
        );
        assert_eq!(parse_target("[fe80::1%lo]:22"), target("fe80::1%lo", "22"));
        assert_eq!(parse_target("h:65535"), target("h", "65535"));
    }

    #[test]
    fn bad_targets_say_why() {
        let why = |t: &str| parse_target(t).err().unwrap_or_default();
        assert!(why("localhost").contains("missing :PORT"));
        assert!(why("::1:80").contains("brackets"));
        assert!(why(":80").contains("missing host"));
        assert!(why("h:").contains("missing port"));
        assert!(why("h:65536").contains("0-65535"));
        assert!(why("h:-1").contains("0-65535"));
        assert!(why("[::1]80").contains("after ']'"));
        assert!(why("[::1").contains("']'"));
        assert!(why("[localhost]:80").contains("not one"));
        assert!(why("h:a b").contains("service name"));
        assert!(why("").contains("missing host"));
    }

    #[test]
    fn sources() {
        let source = |host: &str, port| {
            Ok(Source {
                host: host.into(),
                port,
            })
        };
        assert_eq!(parse_source("127.0.0.1"), source("127.0.0.1", 0));
        assert_eq!(parse_source("127.0.0.1:5000"), source("127.0.0.1", 5000));
        assert_eq!(parse_source("::1"), source("::1", 0));
        assert_eq!(parse_source("[::1]:7"), source("::1", 7));
        assert_eq!(parse_source("[::1]"), source("::1", 0));
        assert_eq!(parse_source("localhost"), source("localhost", 0));
        assert!(parse_source("127.0.0.1:http").is_err());
        assert!(parse_source("127.0.0.1:99999").is_err());
        assert!(parse_source(":5").is_err());
    }
}

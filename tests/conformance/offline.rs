//! Which lookups this host answers without DNS, so that the tests send nothing past
//! loopback. A numeric host never leaves getaddrinfo(3); a name does only when nsswitch
//! asks `files` first and /etc/hosts lists it in the family asked for; a reverse lookup
//! stays local only for an address /etc/hosts lists, or for `::`, which glibc's
//! gethostbyaddr_r refuses before any lookup (inet/gethstbyad_r.c).
//!
//! The other lookups run in a resolver sandbox (`resolver_sandbox`), where every answer is
//! under the test's control: a hosts file made from this host's, and a DNS server that
//! knows no zone, so that no query can leave the sandbox's own network namespace.

use std::fmt::Write;
use std::net::IpAddr;
use std::sync::OnceLock;

use serde_json::Value;

use crate::support::oracle;
use crate::support::sandbox::Sandbox;

/// What Python reports about this host's name and hosts database.
#[derive(Debug, Clone)]
pub struct Facts {
    /// socket.gethostname().
    pub hostname: String,
    /// /etc/hosts as (address, names) lines.
    pub hosts: Vec<(String, Vec<String>)>,
    /// Whether the `hosts:` line of nsswitch.conf starts with `files`.
    pub files_first: bool,
}

/// An address family as the tests pass it to getaddrinfo.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Family {
    Unspec,
    Inet,
    Inet6,
    /// A number no family has, for EAI_FAMILY.
    Unknown,
}

impl Family {
    /// The name sockref and Python both take (`0` is AF_UNSPEC).
    pub fn name(self) -> &'static str {
        match self {
            Family::Unspec => "0",
            Family::Inet => "AF_INET",
            Family::Inet6 => "AF_INET6",
            Family::Unknown => "12345",
        }
    }
}

/// The facts, asked of Python once per test binary.
pub fn facts() -> &'static Facts {
    static FACTS: OnceLock<Facts> = OnceLock::new();
    FACTS.get_or_init(|| {
        let f = oracle::fact("host_facts");
        let hosts = f["hosts"]
            .as_array()
            .map(|lines| lines.iter().map(host_line).collect())
            .unwrap_or_default();
        let sources = f["hosts_sources"].as_array().cloned().unwrap_or_default();
        Facts {
            hostname: f["hostname"].as_str().unwrap_or_default().to_string(),
            hosts,
            files_first: sources.first().is_some_and(|s| s == "files"),
        }
    })
}

fn host_line(line: &Value) -> (String, Vec<String>) {
    let names = line["names"]
        .as_array()
        .map(|n| {
            n.iter()
                .filter_map(Value::as_str)
                .map(str::to_string)
                .collect()
        })
        .unwrap_or_default();
    (
        line["address"].as_str().unwrap_or_default().to_string(),
        names,
    )
}

/// Whether `host` is an address literal (with an optional `%scope`).
pub fn is_numeric(host: &str) -> bool {
    let bare = host.split('%').next().unwrap_or(host);
    bare.parse::<IpAddr>().is_ok()
}

impl Facts {
    /// Whether getaddrinfo(host, family, flags) is answered without DNS.
    pub fn forward_offline(&self, host: Option<&str>, family: Family, flags: &str) -> bool {
        let Some(host) = host else { return true };
        // AI_NUMERICHOST makes getaddrinfo refuse a name rather than look it up.
        if is_numeric(host) || flags.contains("AI_NUMERICHOST") {
            return true;
        }
        // With AI_V4MAPPED an AF_INET6 lookup may ask for the IPv4 addresses as well.
        let needs_v4 = family == Family::Inet || flags.contains("AI_V4MAPPED");
        let needs_v6 = family == Family::Inet6;
        let has = |v6: bool| {
            self.hosts.iter().any(|(address, names)| {
                names.iter().any(|n| n.eq_ignore_ascii_case(host))
                    && address.parse::<IpAddr>().is_ok_and(|a| a.is_ipv6() == v6)
            })
        };
        self.files_first
            && (has(false) || has(true))
            && (!needs_v4 || has(false))
            && (!needs_v6 || has(true))
    }

    /// Whether gethostbyaddr(name_or_address) is answered without DNS.
    pub fn reverse_offline(&self, target: &str) -> bool {
        if !is_numeric(target) {
            // The name resolves from the hosts file, so its address is listed there too.
            return self.forward_offline(Some(target), Family::Unspec, "");
        }
        let Ok(ip) = target.parse::<IpAddr>() else {
            return false;
        };
        ip == IpAddr::from([0u16; 8])
            || self.files_first
                && self
                    .hosts
                    .iter()
                    .any(|(address, _)| address.parse::<IpAddr>() == Ok(ip))
    }

    /// Every name in /etc/hosts, each once.
    pub fn host_names(&self) -> Vec<String> {
        let mut names: Vec<String> = Vec::new();
        for (_, line_names) in &self.hosts {
            for n in line_names {
                if !names.contains(n) {
                    names.push(n.clone());
                }
            }
        }
        names
    }

    /// The sandbox's /etc/hosts: this host's lines, then the lines it lacks for localhost
    /// and this host's name (an IPv4 line, Debian's 127.0.1.1 for the name, and an IPv6
    /// one for both), so that the cases this host leaves to DNS have an answer there too.
    pub fn sandbox_hosts(&self) -> String {
        let mut text = String::from("# this host's /etc/hosts\n");
        for (address, names) in &self.hosts {
            let _ = writeln!(text, "{address} {}", names.join(" "));
        }
        text.push_str("# what it lacks for the conformance cases\n");
        let listed = |name: &str, v6: bool| {
            self.hosts.iter().any(|(address, names)| {
                names.iter().any(|n| n.eq_ignore_ascii_case(name))
                    && address.parse::<IpAddr>().is_ok_and(|a| a.is_ipv6() == v6)
            })
        };
        for (name, v4) in [
            ("localhost", "127.0.0.1"),
            (self.hostname.as_str(), "127.0.1.1"),
        ] {
            if !listed(name, false) {
                let _ = writeln!(text, "{v4} {name}");
            }
            if !listed(name, true) {
                let _ = writeln!(text, "::1 {name}");
            }
        }
        text
    }
}

/// A resolver sandbox with `Facts::sandbox_hosts` as its hosts file, or `None` (a skip,
/// and a failure under CI) where namespaces are not available.
pub fn resolver_sandbox() -> Option<Sandbox> {
    Some(Sandbox::new()?.hosts(&facts().sandbox_hosts()))
}

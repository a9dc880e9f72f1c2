//! Command-line interface of the sandbox: only clap types, each documented for `--help`.

use std::ffi::OsString;
use std::net::{IpAddr, Ipv4Addr};
use std::path::PathBuf;
use std::str::FromStr;

use clap::Parser;
use hickory_server::proto::rr::{LowerName, Name};

/// Run COMMAND in a private mount and network namespace with its own /etc/hosts,
/// /etc/resolv.conf, /etc/nsswitch.conf and an authoritative DNS server on loopback.
///
/// Exits with COMMAND's status (128 + signal if it was killed), 77 if namespaces are not
/// available here, 70 if the sandbox could not be set up.
#[derive(Debug, Parser)]
#[command(name = "sandbox")]
pub struct Args {
    /// File bind-mounted over /etc/hosts [default: localhost entries for 127.0.0.1 and ::1]
    #[arg(long, value_name = "FILE")]
    pub hosts: Option<PathBuf>,

    /// File bind-mounted over /etc/resolv.conf [default: nameserver 127.0.0.1, timeout:1 attempts:1]
    #[arg(long, value_name = "FILE")]
    pub resolv: Option<PathBuf>,

    /// File bind-mounted over /etc/nsswitch.conf [default: hosts: files dns; networks, protocols, services: files]
    #[arg(long, value_name = "FILE")]
    pub nsswitch: Option<PathBuf>,

    /// File bind-mounted over /etc/gai.conf, getaddrinfo's sorting policy [default: the
    /// host's own]
    #[arg(long, value_name = "FILE")]
    pub gai_conf: Option<PathBuf>,

    /// RFC 1035 master file served authoritatively on port 53 (UDP and TCP); its origin is its
    /// $ORIGIN; repeatable
    #[arg(long, value_name = "FILE")]
    pub zone: Vec<PathBuf>,

    /// Answer SERVFAIL for every query at or below NAME; repeatable
    #[arg(long, value_name = "NAME", value_parser = parse_servfail_name)]
    pub servfail: Vec<LowerName>,

    /// Also bind UDP and TCP port 53 on ADDR and never answer; repeatable
    #[arg(long, value_name = "ADDR")]
    pub silent: Vec<IpAddr>,

    /// The host name inside the sandbox (its own UTS namespace) [default: the host's]
    #[arg(long, value_name = "NAME")]
    pub hostname: Option<String>,

    /// Drop every TCP segment to PORT on any local address, or to ADDR:PORT ([ADDR]:PORT for
    /// IPv6) only (iptables and ip6tables, in the sandbox's own namespace): a peer that never
    /// answers a connect; repeatable
    #[arg(long, value_name = "[ADDR:]PORT", value_parser = parse_drop)]
    pub drop_tcp: Vec<Drop>,

    /// Address the DNS server listens on
    #[arg(long, value_name = "ADDR", default_value_t = IpAddr::V4(Ipv4Addr::LOCALHOST))]
    pub dns_addr: IpAddr,

    /// The command to run inside the sandbox, after `--`
    #[arg(last = true, required = true, value_name = "COMMAND")]
    pub command: Vec<OsString>,
}

/// Where `--drop-tcp` drops: a port on every address, or on one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Drop {
    pub address: Option<IpAddr>,
    pub port: u16,
}

fn parse_drop(text: &str) -> Result<Drop, String> {
    if let Ok(port) = text.parse::<u16>() {
        return Ok(Drop {
            address: None,
            port,
        });
    }
    let addr: std::net::SocketAddr = text
        .parse()
        .map_err(|_| format!("{text:?} is not PORT, ADDR:PORT or [ADDR]:PORT"))?;
    Ok(Drop {
        address: Some(addr.ip()),
        port: addr.port(),
    })
}

/// "broken.test" and "broken.test." mean the same zone cut here.
fn parse_servfail_name(text: &str) -> Result<LowerName, String> {
    let mut name = Name::from_str(text).map_err(|e| e.to_string())?;
    name.set_fqdn(true);
    Ok(LowerName::from(name))
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn verify_cli() {
        Args::command().debug_assert();
    }

    #[test]
    fn drops_take_a_port_or_an_address_and_port() {
        let any = parse_drop("9").expect("a port");
        assert_eq!((any.address, any.port), (None, 9));
        let one = parse_drop("[::1]:80").expect("an IPv6 address and port");
        assert_eq!(one.address, Some(IpAddr::V6(std::net::Ipv6Addr::LOCALHOST)));
        assert!(parse_drop("nine").is_err());
    }

    #[test]
    fn servfail_name_is_fully_qualified() {
        let name = parse_servfail_name("Broken.Test").expect("valid name");
        assert_eq!(name.to_string(), "broken.test.");
    }
}

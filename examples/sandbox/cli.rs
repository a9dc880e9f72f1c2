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

    /// Address the DNS server listens on
    #[arg(long, value_name = "ADDR", default_value_t = IpAddr::V4(Ipv4Addr::LOCALHOST))]
    pub dns_addr: IpAddr,

    /// The command to run inside the sandbox, after `--`
    #[arg(last = true, required = true, value_name = "COMMAND")]
    pub command: Vec<OsString>,
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
    fn servfail_name_is_fully_qualified() {
        let name = parse_servfail_name("Broken.Test").expect("valid name");
        assert_eq!(name.to_string(), "broken.test.");
    }
}

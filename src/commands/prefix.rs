//! `inet ADDR/LEN`: a prefix's network, bounds, masks and size, as Python's ipaddress
//! module computes them, the address's reverse-lookup name, and `--contains ADDR`.

use std::borrow::Cow;
use std::net::IpAddr;

use serde::Serialize;

use crate::cli::InetArgs;
use crate::error::{Error, Result};
use crate::exit::ExitStatus;
use crate::report::Report;
use crate::socket_module::addrclass::{self, AddressClass};
use crate::socket_module::prefix::{Prefix, reverse_pointer};

/// One prefix.
#[derive(Debug, Clone, Serialize)]
pub struct PrefixReport {
    pub input: String,
    pub family: &'static str,
    pub address: String,
    pub prefixlen: u8,
    /// `192.168.1.64/26`.
    pub network: String,
    pub netmask: String,
    pub hostmask: String,
    /// IPv4's broadcast address; null for IPv6, which has none.
    pub broadcast: Option<String>,
    /// The network's last address.
    pub last_address: String,
    pub first_host: String,
    pub last_host: String,
    /// How many addresses the network holds, in decimal (a string: IPv6 sizes exceed what
    /// JSON readers hold exactly).
    pub num_addresses: String,
    /// The address's name under in-addr.arpa or ip6.arpa.
    pub reverse_pointer: String,
    pub classes: Vec<AddressClass>,
    pub contains: Option<Containment>,
}

/// The answer to `--contains ADDR`.
#[derive(Debug, Clone, Serialize)]
pub struct Containment {
    pub address: String,
    pub inside: bool,
}

impl Report for PrefixReport {
    /// 1 when `--contains` names an address outside the network.
    fn exit_status(&self) -> ExitStatus {
        match &self.contains {
            Some(c) if !c.inside => ExitStatus::No,
            _ => ExitStatus::Success,
        }
    }

    fn failures(&self) -> Vec<Cow<'_, Error>> {
        match &self.contains {
            Some(c) if !c.inside => vec![Cow::Owned(Error::not_found(
                "inet",
                format!("{} --contains {}", self.network, c.address),
                "the address is not in the network",
            ))],
            _ => Vec::new(),
        }
    }
}

/// An address as inet_ntop writes it, as everywhere else in sockref (`::ffff:192.0.2.1`).
fn text(ip: IpAddr) -> String {
    let (af, packed) = match ip {
        IpAddr::V4(a) => (libc::AF_INET, a.octets().to_vec()),
        IpAddr::V6(a) => (libc::AF_INET6, a.octets().to_vec()),
    };
    crate::sys::inet::inet_ntop(af, &packed).unwrap_or_else(|_| ip.to_string())
}

/// Runs `inet ADDR/LEN [--contains ADDR]`.
pub fn run(args: &InetArgs) -> Result<PrefixReport> {
    let bad = |reason: String| Error::input("inet", args.address.clone(), reason);
    let prefix = Prefix::parse(&args.address).map_err(bad)?;
    let contains = args
        .contains
        .as_deref()
        .map(|given| {
            let other: IpAddr = given.parse().map_err(|_| {
                Error::input(
                    "inet",
                    format!("--contains {given}"),
                    "not an IPv4 or IPv6 address",
                )
            })?;
            Ok::<_, Error>(Containment {
                address: text(other),
                inside: prefix.contains(other),
            })
        })
        .transpose()?;
    let (first_host, last_host) = prefix.hosts();
    let network = prefix.network();
    Ok(PrefixReport {
        input: args.address.clone(),
        family: if prefix.address.is_ipv4() {
            "AF_INET"
        } else {
            "AF_INET6"
        },
        address: text(prefix.address),
        prefixlen: prefix.len,
        network: format!("{}/{}", text(network), prefix.len),
        netmask: text(prefix.netmask()),
        hostmask: text(prefix.hostmask()),
        broadcast: prefix.address.is_ipv4().then(|| text(prefix.last())),
        last_address: text(prefix.last()),
        first_host: text(first_host),
        last_host: text(last_host),
        num_addresses: prefix.size(),
        reverse_pointer: reverse_pointer(prefix.address),
        classes: addrclass::classify(network),
        contains,
    })
}

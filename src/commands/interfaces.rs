//! `sockref interfaces`: every interface with its index, name, flags, MTU and addresses
//! (with prefix length and scope), read from rtnetlink as `ip addr` reads them.

use serde::Serialize;

use crate::cli::InterfacesArgs;
use crate::error::{Error, Result};
use crate::report::Report;
use crate::sys::links::{self, Address, Link};
use crate::text::Text;

/// The interfaces of this host (or the one asked for).
#[derive(Debug, Clone, Serialize)]
pub struct InterfacesReport {
    pub interfaces: Vec<InterfaceView>,
}

impl Report for InterfacesReport {}

/// One interface.
#[derive(Debug, Clone, Serialize)]
pub struct InterfaceView {
    pub index: u32,
    pub name: Text,
    /// The IFF_* flags set, by the names `ip link` uses (UP, LOOPBACK, LOWER_UP, ...).
    pub flags: Vec<&'static str>,
    pub mtu: Option<u32>,
    /// The link-layer address, as `aa:bb:cc:dd:ee:ff`.
    pub hardware: Option<String>,
    pub addresses: Vec<AddressView>,
}

/// One address of an interface.
#[derive(Debug, Clone, Serialize)]
pub struct AddressView {
    /// AF_INET or AF_INET6.
    pub family: &'static str,
    pub address: String,
    pub prefixlen: u8,
    /// global, site, link, host or nowhere (RT_SCOPE_*), or the number.
    pub scope: String,
    /// The other end of a point-to-point link.
    pub peer: Option<String>,
}

/// The IFF_* flags in the order `ip link` prints them.
const FLAGS: &[(i32, &str)] = &[
    (libc::IFF_LOOPBACK, "LOOPBACK"),
    (libc::IFF_BROADCAST, "BROADCAST"),
    (libc::IFF_POINTOPOINT, "POINTOPOINT"),
    (libc::IFF_MULTICAST, "MULTICAST"),
    (libc::IFF_NOARP, "NOARP"),
    (libc::IFF_ALLMULTI, "ALLMULTI"),
    (libc::IFF_PROMISC, "PROMISC"),
    (libc::IFF_NOTRAILERS, "NOTRAILERS"),
    (libc::IFF_DEBUG, "DEBUG"),
    (libc::IFF_MASTER, "MASTER"),
    (libc::IFF_SLAVE, "SLAVE"),
    (libc::IFF_PORTSEL, "PORTSEL"),
    (libc::IFF_AUTOMEDIA, "AUTOMEDIA"),
    (libc::IFF_DYNAMIC, "DYNAMIC"),
    (libc::IFF_UP, "UP"),
    (libc::IFF_RUNNING, "RUNNING"),
    (libc::IFF_LOWER_UP, "LOWER_UP"),
    (libc::IFF_DORMANT, "DORMANT"),
    (libc::IFF_ECHO, "ECHO"),
];

/// Runs `interfaces [NAME]`.
pub fn run(args: &InterfacesArgs) -> Result<InterfacesReport> {
    let links = links::links().map_err(|e| e.into_error("RTM_GETLINK", "", ""))?;
    let addresses = links::addresses().map_err(|e| e.into_error("RTM_GETADDR", "", ""))?;
    let interfaces: Vec<InterfaceView> = links
        .iter()
        .filter(|l| {
            args.name
                .as_deref()
                .is_none_or(|n| l.name.as_bytes() == n.as_bytes())
        })
        .map(|l| view(l, &addresses))
        .collect();
    if let (Some(name), true) = (&args.name, interfaces.is_empty()) {
        return Err(Error::not_found(
            "interfaces",
            name.clone(),
            "no interface with this name",
        ));
    }
    Ok(InterfacesReport { interfaces })
}

fn view(link: &Link, addresses: &[Address]) -> InterfaceView {
    InterfaceView {
        index: link.index,
        name: link.name.clone(),
        flags: flag_names(link.flags),
        mtu: link.mtu,
        hardware: link
            .hardware
            .as_deref()
            .filter(|b| !b.is_empty())
            .map(hex_pairs),
        addresses: addresses
            .iter()
            .filter(|a| a.index == link.index)
            .map(address_view)
            .collect(),
    }
}

/// The names of the IFF_* flags set in `flags`.
pub fn flag_names(flags: u32) -> Vec<&'static str> {
    FLAGS
        .iter()
        .filter(|(bit, _)| flags & (*bit as u32) != 0)
        .map(|(_, name)| *name)
        .collect()
}

fn address_view(a: &Address) -> AddressView {
    AddressView {
        family: if a.address.is_ipv4() {
            "AF_INET"
        } else {
            "AF_INET6"
        },
        address: a.address.to_string(),
        prefixlen: a.prefix_len,
        scope: scope_name(a.scope),
        peer: a.peer.map(|p| p.to_string()),
    }
}

/// RT_SCOPE_* by the names `ip addr` uses.
pub fn scope_name(scope: u8) -> String {
    match scope {
        0 => "global".to_string(),
        200 => "site".to_string(),
        253 => "link".to_string(),
        254 => "host".to_string(),
        255 => "nowhere".to_string(),
        n => n.to_string(),
    }
}

fn hex_pairs(bytes: &[u8]) -> String {
    bytes
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect::<Vec<_>>()
        .join(":")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn flags_are_named_as_ip_names_them() {
        let flags = (libc::IFF_UP | libc::IFF_LOOPBACK | libc::IFF_LOWER_UP) as u32;
        assert_eq!(flag_names(flags), ["LOOPBACK", "UP", "LOWER_UP"]);
        assert_eq!(scope_name(253), "link");
        assert_eq!(scope_name(7), "7");
    }

    #[test]
    fn loopback_has_its_addresses() {
        let report = run(&InterfacesArgs {
            name: Some("lo".into()),
        })
        .expect("lo");
        let lo = &report.interfaces[0];
        assert!(lo.flags.contains(&"LOOPBACK"), "{:?}", lo.flags);
        assert!(
            lo.addresses
                .iter()
                .any(|a| a.address == "127.0.0.1" && a.scope == "host")
        );
    }
}

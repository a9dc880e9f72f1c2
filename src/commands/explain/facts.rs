//! What getaddrinfo consults about this host when it sorts, gathered the way glibc gathers
//! it: the source address of each destination (a UDP socket connected to it, which sends
//! nothing) and the interface address list (`__check_pf`, RTM_GETADDR), with each
//! interface's link type for the tunnel test (`__check_native`, RTM_GETLINK).

use std::collections::HashMap;
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr};

use crate::socket_module::sorting::policy::as_v6;
use crate::socket_module::sorting::{Listed, Policy, Source};
use crate::sys::{links, socket};
use crate::text::Text;

/// IFA_F_* flags glibc reads (<linux/if_addr.h>).
const IFA_F_OPTIMISTIC: u32 = 0x04;
const IFA_F_HOMEADDRESS: u32 = 0x10;
const IFA_F_DEPRECATED: u32 = 0x20;

/// The policy and the host facts one explanation rests on.
pub struct Facts {
    pub policy: Policy,
    /// glibc's address list, keyed by address (IPv4 as IPv4-mapped); `None` where glibc
    /// has none: no IPv6 address other than ::1, or the list could not be read.
    listed: Option<Vec<(Ipv6Addr, Listed)>>,
    /// Interface names by index, for people.
    names: HashMap<u32, Text>,
    /// Why there is no address list, for the report.
    pub unlisted_because: Option<String>,
}

impl Facts {
    /// Reads the policy and the interface lists now.
    pub fn gather() -> Facts {
        let policy = Policy::load();
        let links = links::links().unwrap_or_default();
        let names = links.iter().map(|l| (l.index, l.name.clone())).collect();
        let (listed, unlisted_because) = match links::addresses() {
            Ok(addresses) => address_list(&addresses, &links),
            Err(e) => (
                None,
                Some(format!("the address list could not be read: {e:?}")),
            ),
        };
        Facts {
            policy,
            listed,
            names,
            unlisted_because,
        }
    }

    /// The source the kernel would use for `destination`, with its list entry.
    pub fn source(&self, destination: SocketAddr) -> Option<Source> {
        let address = socket::source_for(destination)?.ip();
        Some(Source {
            address,
            listed: self.listed_entry(address),
        })
    }

    fn listed_entry(&self, address: IpAddr) -> Option<Listed> {
        let key = match address {
            // glibc looks every 127/8 source up as 127.0.0.1: lo's own address may differ
            // from the source the kernel picked.
            IpAddr::V4(a) if a.octets()[0] == 127 => as_v6(IpAddr::V4(Ipv4Addr::LOCALHOST)),
            other => as_v6(other),
        };
        self.listed
            .as_ref()?
            .iter()
            .find(|(k, _)| *k == key)
            .map(|(_, l)| l.clone())
    }

    /// The name of interface `index`.
    pub fn interface(&self, index: u32) -> Option<Text> {
        self.names.get(&index).cloned()
    }
}

/// glibc's list from the kernel's addresses: IFA_ADDRESS (the peer, on a point-to-point
/// IPv4 link) is the key, and the list is dropped unless some IPv6 address is not ::1.
fn address_list(
    addresses: &[links::Address],
    links: &[links::Link],
) -> (Option<Vec<(Ipv6Addr, Listed)>>, Option<String>) {
    let has_ipv6 = addresses
        .iter()
        .any(|a| a.address.is_ipv6() && !a.address.is_loopback());
    if !has_ipv6 {
        let why = "no IPv6 address but ::1, so glibc keeps no address list";
        return (None, Some(why.to_string()));
    }
    let tunnel = [libc::ARPHRD_TUNNEL, libc::ARPHRD_TUNNEL6, libc::ARPHRD_SIT];
    let list = addresses
        .iter()
        .map(|a| {
            let native = links
                .iter()
                .find(|l| l.index == a.index)
                .is_some_and(|l| !tunnel.contains(&l.kind));
            let listed = Listed {
                index: a.index,
                prefix_len: a.prefix_len,
                deprecated: a.flags & (IFA_F_DEPRECATED | IFA_F_OPTIMISTIC) != 0,
                home: a.flags & IFA_F_HOMEADDRESS != 0,
                native,
            };
            (as_v6(a.peer.unwrap_or(a.address)), listed)
        })
        .collect();
    (Some(list), None)
}

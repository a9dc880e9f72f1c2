//! This host's interfaces and their addresses, from rtnetlink (RTM_GETLINK and
//! RTM_GETADDR), as `ip link` and `ip addr` read them.

use std::net::IpAddr;

use netlink_packet_route::address::{AddressAttribute, AddressMessage};
use netlink_packet_route::link::{LinkAttribute, LinkMessage};
use netlink_packet_route::{AddressFamily, RouteNetlinkMessage};
use netlink_sys::protocols::NETLINK_ROUTE;

use super::{SysError, netlink};
use crate::text::Text;

/// One interface.
#[derive(Debug, Clone)]
pub struct Link {
    pub index: u32,
    pub name: Text,
    /// The IFF_* flags.
    pub flags: u32,
    pub mtu: Option<u32>,
    /// The link-layer address, where it has one.
    pub hardware: Option<Vec<u8>>,
    /// The ARPHRD_* link type: ethernet, loopback, a tunnel, ...
    pub kind: u16,
}

/// One address of an interface.
#[derive(Debug, Clone)]
pub struct Address {
    pub index: u32,
    pub address: IpAddr,
    pub prefix_len: u8,
    /// RT_SCOPE_*: 0 universe, 200 site, 253 link, 254 host, 255 nowhere.
    pub scope: u8,
    /// The other end of a point-to-point link (IPv4's IFA_ADDRESS when it differs from
    /// IFA_LOCAL).
    pub peer: Option<IpAddr>,
    /// The IFA_F_* flags (IFA_FLAGS where the kernel sends it, else the header's 8 bits):
    /// deprecated, temporary, home address, tentative, ...
    pub flags: u32,
}

/// Every interface, in index order as the kernel lists them.
pub fn links() -> Result<Vec<Link>, SysError> {
    let socket = netlink::open(NETLINK_ROUTE)?;
    let answers = netlink::dump(
        &socket,
        RouteNetlinkMessage::GetLink(LinkMessage::default()),
        1,
    )?;
    Ok(answers
        .into_iter()
        .filter_map(|m| match m {
            RouteNetlinkMessage::NewLink(link) => Some(link_of(&link)),
            _ => None,
        })
        .collect())
}

fn link_of(link: &LinkMessage) -> Link {
    let mut out = Link {
        index: link.header.index,
        name: Text::from_bytes(Vec::new()),
        flags: link.header.flags.bits(),
        mtu: None,
        hardware: None,
        kind: u16::from(link.header.link_layer_type),
    };
    for attribute in &link.attributes {
        match attribute {
            LinkAttribute::IfName(name) => out.name = Text::from_bytes(name.as_bytes()),
            LinkAttribute::Mtu(mtu) => out.mtu = Some(*mtu),
            LinkAttribute::Address(bytes) => out.hardware = Some(bytes.clone()),
            _ => {}
        }
    }
    out
}

/// Every address of every interface, IPv4 and IPv6.
pub fn addresses() -> Result<Vec<Address>, SysError> {
    let socket = netlink::open(NETLINK_ROUTE)?;
    let mut request = AddressMessage::default();
    request.header.family = AddressFamily::Unspec;
    let answers = netlink::dump(&socket, RouteNetlinkMessage::GetAddress(request), 2)?;
    Ok(answers
        .into_iter()
        .filter_map(|m| match m {
            RouteNetlinkMessage::NewAddress(a) => address_of(&a),
            _ => None,
        })
        .collect())
}

fn address_of(message: &AddressMessage) -> Option<Address> {
    let (mut address, mut local) = (None, None);
    let mut flags = u32::from(message.header.flags.bits());
    for attribute in &message.attributes {
        match attribute {
            AddressAttribute::Address(ip) => address = Some(*ip),
            AddressAttribute::Local(ip) => local = Some(*ip),
            AddressAttribute::Flags(all) => flags = all.bits(),
            _ => {}
        }
    }
    // IPv4 puts the interface's own address in IFA_LOCAL and the peer of a
    // point-to-point link in IFA_ADDRESS; IPv6 sends IFA_ADDRESS alone.
    let own = local.or(address)?;
    Some(Address {
        index: message.header.index,
        address: own,
        prefix_len: message.header.prefix_len,
        scope: message.header.scope.into(),
        peer: address.filter(|a| local.is_some_and(|l| l != *a)),
        flags,
    })
}

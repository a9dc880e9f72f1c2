//! Which special-purpose range an address falls in, from the IANA IPv4 and IPv6
//! Special-Purpose Address Registries (RFC 6890) plus multicast, documentation and
//! deprecated blocks. Pure data and prefix matching.

use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};

use serde::Serialize;

/// One range an address belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct AddressClass {
    pub name: &'static str,
    pub range: &'static str,
    pub rfc: &'static str,
}

const V4: &[(u32, u8, &str, &str, &str)] = &[
    (0x0000_0000, 32, "unspecified", "0.0.0.0/32", "RFC 1122"),
    (0x0000_0000, 8, "this network", "0.0.0.0/8", "RFC 791"),
    (0x0a00_0000, 8, "private", "10.0.0.0/8", "RFC 1918"),
    (
        0x6440_0000,
        10,
        "shared address space (CGN)",
        "100.64.0.0/10",
        "RFC 6598",
    ),
    (0x7f00_0000, 8, "loopback", "127.0.0.0/8", "RFC 1122"),
    (0xa9fe_0000, 16, "link-local", "169.254.0.0/16", "RFC 3927"),
    (0xac10_0000, 12, "private", "172.16.0.0/12", "RFC 1918"),
    (
        0xc000_0000,
        24,
        "IETF protocol assignments",
        "192.0.0.0/24",
        "RFC 6890",
    ),
    (
        0xc000_0200,
        24,
        "documentation (TEST-NET-1)",
        "192.0.2.0/24",
        "RFC 5737",
    ),
    (
        0xc058_6300,
        24,
        "6to4 relay anycast (deprecated)",
        "192.88.99.0/24",
        "RFC 7526",
    ),
    (0xc0a8_0000, 16, "private", "192.168.0.0/16", "RFC 1918"),
    (0xc612_0000, 15, "benchmarking", "198.18.0.0/15", "RFC 2544"),
    (
        0xc633_6400,
        24,
        "documentation (TEST-NET-2)",
        "198.51.100.0/24",
        "RFC 5737",
    ),
    (
        0xcb00_7100,
        24,
        "documentation (TEST-NET-3)",
        "203.0.113.0/24",
        "RFC 5737",
    ),
    (
        0xe000_0000,
        24,
        "multicast, local network control",
        "224.0.0.0/24",
        "RFC 5771",
    ),
    (0xe000_0000, 4, "multicast", "224.0.0.0/4", "RFC 5771"),
    (
        0xffff_ffff,
        32,
        "limited broadcast",
        "255.255.255.255/32",
        "RFC 919",
    ),
    (0xf000_0000, 4, "reserved", "240.0.0.0/4", "RFC 1112"),
];

const V6: &[(u128, u8, &str, &str, &str)] = &[
    (0, 128, "unspecified", "::/128", "RFC 4291"),
    (1, 128, "loopback", "::1/128", "RFC 4291"),
    (
        0xffff_0000_0000,
        96,
        "IPv4-mapped",
        "::ffff:0:0/96",
        "RFC 4291",
    ),
    (0, 96, "IPv4-compatible (deprecated)", "::/96", "RFC 4291"),
    (
        0x0064_ff9b << 96,
        96,
        "IPv4/IPv6 translation",
        "64:ff9b::/96",
        "RFC 6052",
    ),
    (
        0x0064_ff9b_0001 << 80,
        48,
        "local-use IPv4/IPv6 translation",
        "64:ff9b:1::/48",
        "RFC 8215",
    ),
    (0x0100 << 112, 64, "discard-only", "100::/64", "RFC 6666"),
    (0x2001_0000 << 96, 32, "Teredo", "2001::/32", "RFC 4380"),
    (
        0x2001_0002_0000 << 80,
        48,
        "benchmarking",
        "2001:2::/48",
        "RFC 5180",
    ),
    (
        0x2001_0020 << 96,
        28,
        "ORCHIDv2",
        "2001:20::/28",
        "RFC 7343",
    ),
    (
        0x2001_0db8 << 96,
        32,
        "documentation",
        "2001:db8::/32",
        "RFC 3849",
    ),
    (0x2002 << 112, 16, "6to4", "2002::/16", "RFC 3056"),
    (0x3fff << 112, 20, "documentation", "3fff::/20", "RFC 9637"),
    (0xfc00 << 112, 7, "unique local", "fc00::/7", "RFC 4193"),
    (0xfe80 << 112, 10, "link-local", "fe80::/10", "RFC 4291"),
    (
        0xfec0 << 112,
        10,
        "site-local (deprecated)",
        "fec0::/10",
        "RFC 3879",
    ),
    (
        0xff02 << 112,
        16,
        "multicast, link-local scope",
        "ff02::/16",
        "RFC 4291",
    ),
    (0xff00 << 112, 8, "multicast", "ff00::/8", "RFC 4291"),
];

const GLOBAL_V4: AddressClass = AddressClass {
    name: "global",
    range: "not in a special-purpose block",
    rfc: "RFC 6890",
};

const GLOBAL_V6: AddressClass = AddressClass {
    name: "global unicast",
    range: "2000::/3",
    rfc: "RFC 4291",
};

/// Every range `ip` belongs to, most specific first; `global` when none.
pub fn classify(ip: IpAddr) -> Vec<AddressClass> {
    match ip {
        IpAddr::V4(v4) => classify_v4(v4),
        IpAddr::V6(v6) => classify_v6(v6),
    }
}

fn classify_v4(ip: Ipv4Addr) -> Vec<AddressClass> {
    let bits = u32::from(ip);
    let found: Vec<AddressClass> = V4
        .iter()
        .filter(|(net, len, ..)| prefix_match_u32(bits, *net, *len))
        .map(|&(_, _, name, range, rfc)| AddressClass { name, range, rfc })
        .collect();
    if found.is_empty() {
        vec![GLOBAL_V4]
    } else {
        found
    }
}

fn classify_v6(ip: Ipv6Addr) -> Vec<AddressClass> {
    let bits = u128::from(ip);
    let mut found: Vec<AddressClass> = V6
        .iter()
        .filter(|(net, len, ..)| prefix_match_u128(bits, *net, *len))
        // :: and ::1 are not IPv4-compatible addresses.
        .filter(|(_, len, name, ..)| {
            !(*len == 96 && name.starts_with("IPv4-compatible") && bits <= 1)
        })
        .map(|&(_, _, name, range, rfc)| AddressClass { name, range, rfc })
        .collect();
    if found.is_empty() && bits >> 125 == 1 {
        found.push(GLOBAL_V6);
    }
    if found.is_empty() {
        found.push(AddressClass {
            name: "reserved by IETF",
            range: "outside 2000::/3",
            rfc: "RFC 4291",
        });
    }
    found
}

/// The IPv4 address inside an IPv4-mapped IPv6 address (`::ffff:a.b.c.d`).
pub fn mapped_v4(ip: Ipv6Addr) -> Option<Ipv4Addr> {
    ip.to_ipv4_mapped()
}

fn prefix_match_u32(bits: u32, net: u32, len: u8) -> bool {
    len == 0 || (bits ^ net) >> (32 - u32::from(len)) == 0
}

fn prefix_match_u128(bits: u128, net: u128, len: u8) -> bool {
    len == 0 || (bits ^ net) >> (128 - u32::from(len)) == 0
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(s: &str) -> Vec<&'static str> {
        classify(s.parse().unwrap_or(IpAddr::V4(Ipv4Addr::UNSPECIFIED)))
            .iter()
            .map(|c| c.name)
            .collect()
    }

    #[test]
    fn v4_classes() {
        assert_eq!(names("127.0.0.1"), ["loopback"]);
        assert_eq!(names("10.1.2.3"), ["private"]);
        assert_eq!(names("172.31.255.255"), ["private"]);
        assert_eq!(names("172.32.0.0"), ["global"]);
        assert_eq!(names("169.254.1.1"), ["link-local"]);
        assert_eq!(names("192.0.2.5"), ["documentation (TEST-NET-1)"]);
        assert_eq!(
            names("224.0.0.251"),
            ["multicast, local network control", "multicast"]
        );
        assert_eq!(names("255.255.255.255"), ["limited broadcast", "reserved"]);
        assert_eq!(names("0.0.0.0"), ["unspecified", "this network"]);
        assert_eq!(names("8.8.8.8"), ["global"]);
        assert_eq!(names("100.100.0.1"), ["shared address space (CGN)"]);
    }

    #[test]
    fn v6_classes() {
        assert_eq!(names("::1"), ["loopback"]);
        assert_eq!(names("::"), ["unspecified"]);
        assert_eq!(names("::ffff:127.0.0.1"), ["IPv4-mapped"]);
        assert_eq!(names("::1.2.3.4"), ["IPv4-compatible (deprecated)"]);
        assert_eq!(names("fe80::1"), ["link-local"]);
        assert_eq!(names("fd00::2"), ["unique local"]);
        assert_eq!(names("2001:db8::1"), ["documentation"]);
        assert_eq!(
            names("ff02::1"),
            ["multicast, link-local scope", "multicast"]
        );
        assert_eq!(names("2606:4700::1111"), ["global unicast"]);
        assert_eq!(names("4000::1"), ["reserved by IETF"]);
    }

    #[test]
    fn mapped_addresses_reveal_their_v4() {
        let ip: Ipv6Addr = "::ffff:10.0.0.1".parse().unwrap_or(Ipv6Addr::UNSPECIFIED);
        assert_eq!(mapped_v4(ip), Some(Ipv4Addr::new(10, 0, 0, 1)));
    }
}

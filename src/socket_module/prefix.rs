//! Address prefixes (`192.168.1.77/26`, `2001:db8::/48`): the network, its bounds and
//! masks, as Python's ipaddress module computes them (`ip_interface(text).network`).

use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};

/// An address with a prefix length.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Prefix {
    pub address: IpAddr,
    pub len: u8,
}

impl Prefix {
    /// `ADDR/LEN`, or for IPv4 `ADDR/NETMASK` or `ADDR/HOSTMASK` as Python takes them.
    /// Addresses are read strictly (dotted quads, no leading zeros), as ipaddress reads them.
    pub fn parse(text: &str) -> Result<Prefix, String> {
        let (address, len) = text
            .split_once('/')
            .ok_or_else(|| "expected ADDRESS/PREFIX".to_string())?;
        let address: IpAddr = address
            .parse()
            .map_err(|_| format!("{address:?} is not an IPv4 or IPv6 address"))?;
        let bits = bits(address);
        let len = match len.parse::<u8>() {
            Ok(n) if len.bytes().all(|b| b.is_ascii_digit()) && u32::from(n) <= bits => n,
            _ => mask_length(address, len)
                .ok_or_else(|| format!("{len:?} is not a prefix length (0-{bits}) or a netmask"))?,
        };
        Ok(Prefix { address, len })
    }

    fn bits(&self) -> u32 {
        bits(self.address)
    }

    fn mask(&self) -> u128 {
        let bits = self.bits();
        let all = if bits == 128 {
            u128::MAX
        } else {
            (1u128 << bits) - 1
        };
        if self.len == 0 {
            0
        } else {
            all & !((1u128 << (bits - u32::from(self.len))) - 1)
        }
    }

    fn host_mask(&self) -> u128 {
        let bits = self.bits();
        let all = if bits == 128 {
            u128::MAX
        } else {
            (1u128 << bits) - 1
        };
        all & !self.mask()
    }

    fn value(&self) -> u128 {
        match self.address {
            IpAddr::V4(a) => u128::from(u32::from(a)),
            IpAddr::V6(a) => u128::from(a),
        }
    }

    fn ip(&self, value: u128) -> IpAddr {
        match self.address {
            IpAddr::V4(_) => IpAddr::V4(Ipv4Addr::from(value as u32)),
            IpAddr::V6(_) => IpAddr::V6(Ipv6Addr::from(value)),
        }
    }

    /// The network address (the host bits cleared).
    pub fn network(&self) -> IpAddr {
        self.ip(self.value() & self.mask())
    }

    /// The last address of the network: IPv4's broadcast address.
    pub fn last(&self) -> IpAddr {
        self.ip(self.value() | self.host_mask())
    }

    pub fn netmask(&self) -> IpAddr {
        self.ip(self.mask())
    }

    pub fn hostmask(&self) -> IpAddr {
        self.ip(self.host_mask())
    }

    /// How many addresses the network holds, 2 to the power of the host bits, in decimal
    /// (::/0 holds one more than a u128 counts).
    pub fn size(&self) -> String {
        match self.bits() - u32::from(self.len) {
            128 => "340282366920938463463374607431768211456".to_string(),
            host_bits => (1u128 << host_bits).to_string(),
        }
    }

    /// The first and last usable host, as Python's `hosts()` counts them: IPv4 leaves out
    /// the network and broadcast addresses, IPv6 the subnet-router anycast (the network
    /// address); a /31 or /127 keeps both of its addresses, a /32 or /128 is its host.
    pub fn hosts(&self) -> (IpAddr, IpAddr) {
        let (first, last) = (self.value() & self.mask(), self.value() | self.host_mask());
        let host_bits = self.bits() - u32::from(self.len);
        match (self.address, host_bits) {
            (_, 0 | 1) => (self.ip(first), self.ip(last)),
            (IpAddr::V4(_), _) => (self.ip(first + 1), self.ip(last - 1)),
            (IpAddr::V6(_), _) => (self.ip(first + 1), self.ip(last)),
        }
    }

    /// Whether `other` is inside the network.
    pub fn contains(&self, other: IpAddr) -> bool {
        let value = match (self.address, other) {
            (IpAddr::V4(_), IpAddr::V4(a)) => u128::from(u32::from(a)),
            (IpAddr::V6(_), IpAddr::V6(a)) => u128::from(a),
            _ => return false,
        };
        value & self.mask() == self.value() & self.mask()
    }
}

fn bits(address: IpAddr) -> u32 {
    if address.is_ipv4() { 32 } else { 128 }
}

/// The prefix length of an IPv4 netmask (`255.255.255.0`) or hostmask (`0.0.0.255`).
fn mask_length(address: IpAddr, text: &str) -> Option<u8> {
    let IpAddr::V4(_) = address else {
        return None;
    };
    let mask = u32::from(text.parse::<Ipv4Addr>().ok()?);
    let ones = mask.leading_ones();
    if mask.checked_shl(ones).unwrap_or(0) == 0 {
        return u8::try_from(ones).ok();
    }
    let zeros = mask.leading_zeros();
    // A hostmask: zeros then ones.
    (mask.count_ones() + zeros == 32)
        .then(|| u8::try_from(zeros).ok())
        .flatten()
}

/// The reverse-lookup name of an address: `77.1.168.192.in-addr.arpa`, or the 32 nibbles
/// of an IPv6 address under `ip6.arpa`.
pub fn reverse_pointer(address: IpAddr) -> String {
    match address {
        IpAddr::V4(a) => {
            let o = a.octets();
            format!("{}.{}.{}.{}.in-addr.arpa", o[3], o[2], o[1], o[0])
        }
        IpAddr::V6(a) => {
            let mut nibbles: Vec<String> = Vec::with_capacity(33);
            for byte in a.octets().iter().rev() {
                nibbles.push(format!("{:x}", byte & 0xf));
                nibbles.push(format!("{:x}", byte >> 4));
            }
            nibbles.push("ip6.arpa".to_string());
            nibbles.join(".")
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(text: &str) -> Prefix {
        Prefix::parse(text).expect("a prefix")
    }

    #[test]
    fn an_ipv4_prefix_has_its_bounds() {
        let x = p("192.168.1.77/26");
        assert_eq!(x.network().to_string(), "192.168.1.64");
        assert_eq!(x.last().to_string(), "192.168.1.127");
        assert_eq!(x.netmask().to_string(), "255.255.255.192");
        assert_eq!(x.hostmask().to_string(), "0.0.0.63");
        assert_eq!(x.size(), "64");
        let (first, last) = x.hosts();
        assert_eq!(
            (first.to_string(), last.to_string()),
            ("192.168.1.65".into(), "192.168.1.126".into())
        );
        assert_eq!(reverse_pointer(x.address), "77.1.168.192.in-addr.arpa");
    }

    #[test]
    fn edges_follow_python() {
        assert_eq!(p("10.0.0.1/31").hosts().0.to_string(), "10.0.0.0");
        assert_eq!(p("10.0.0.1/32").hosts().1.to_string(), "10.0.0.1");
        assert_eq!(p("0.0.0.0/0").size(), "4294967296");
        assert_eq!(p("::/0").size(), "340282366920938463463374607431768211456");
        assert_eq!(p("2001:db8::1/127").hosts().0.to_string(), "2001:db8::");
        assert_eq!(
            p("2001:db8::1/48").hosts().1.to_string(),
            "2001:db8:0:ffff:ffff:ffff:ffff:ffff"
        );
        assert_eq!(p("192.168.1.0/255.255.255.0").len, 24);
        assert_eq!(p("192.168.1.0/0.0.0.255").len, 24);
        assert!(Prefix::parse("192.168.1.0/33").is_err());
        assert!(Prefix::parse("192.168.1.0/255.0.255.0").is_err());
        assert!(Prefix::parse("127.1/8").is_err());
        assert!(p("10.0.0.0/8").contains("10.9.9.9".parse().expect("ip")));
        assert!(!p("10.0.0.0/8").contains("11.0.0.1".parse().expect("ip")));
    }
}

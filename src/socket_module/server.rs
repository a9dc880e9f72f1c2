//! Python's `socket.create_server`: the listening socket it makes, option by option
//! (Lib/socket.py), so that sockref's listener is the one a Python program would get.

use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr};

use socket2::SockAddr;

use crate::error::{Error, Result};
use crate::sys::socket::{self, Socket};
use crate::sys::sockopt;

/// The backlog Python's `listen()` takes when none is given: min(SOMAXCONN, 128).
pub const DEFAULT_BACKLOG: i32 = if libc::SOMAXCONN < 128 {
    libc::SOMAXCONN
} else {
    128
};

/// What create_server is asked for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ServerSpec {
    pub address: SocketAddr,
    pub dualstack_ipv6: bool,
    pub reuse_port: bool,
    pub backlog: Option<i32>,
}

/// The address to bind for `host` (an IP address, `localhost`, or empty for any) and
/// `port`, in `family` (AF_INET or AF_INET6).
pub fn bind_address(host: &str, port: u16, family: i32) -> Result<SocketAddr> {
    let v6 = family == libc::AF_INET6;
    let ip = match host {
        "" => {
            if v6 {
                IpAddr::V6(Ipv6Addr::UNSPECIFIED)
            } else {
                IpAddr::V4(Ipv4Addr::UNSPECIFIED)
            }
        }
        "localhost" if v6 => IpAddr::V6(Ipv6Addr::LOCALHOST),
        "localhost" => IpAddr::V4(Ipv4Addr::LOCALHOST),
        text => text.parse().map_err(|_| {
            Error::input(
                "create_server",
                text,
                "give an IP address, localhost, or nothing for every address",
            )
        })?,
    };
    if ip.is_ipv6() != v6 {
        return Err(Error::input(
            "create_server",
            host,
            "the address is not of the family (--family AF_INET6 for an IPv6 address)",
        ));
    }
    Ok(SocketAddr::new(ip, port))
}

/// create_server(address, family=..., backlog=..., reuse_port=..., dualstack_ipv6=...)
/// as Lib/socket.py makes it: SO_REUSEADDR on, SO_REUSEPORT on request, IPV6_V6ONLY off
/// for a dual-stack listener and on for any other AF_INET6 one, then bind and listen.
pub fn create_server(spec: &ServerSpec) -> Result<Socket> {
    let v6 = spec.address.is_ipv6();
    let text = spec.address.to_string();
    if spec.dualstack_ipv6 && !v6 {
        return Err(Error::input(
            "create_server",
            text.as_str(),
            "dualstack_ipv6 requires AF_INET6 family (Python raises ValueError)",
        ));
    }
    let family = if v6 { libc::AF_INET6 } else { libc::AF_INET };
    let text = text.as_str();
    let fail =
        |call: &'static str| move |e: crate::sys::errors::SysError| e.into_error(call, text, "");
    let s = socket::open(family, libc::SOCK_STREAM, 0).map_err(fail("socket"))?;
    sockopt::set_int(&s, libc::SOL_SOCKET, libc::SO_REUSEADDR, 1).map_err(fail("setsockopt"))?;
    if spec.reuse_port {
        sockopt::set_int(&s, libc::SOL_SOCKET, libc::SO_REUSEPORT, 1)
            .map_err(fail("setsockopt"))?;
    }
    if v6 {
        let only = i32::from(!spec.dualstack_ipv6);
        sockopt::set_int(&s, libc::IPPROTO_IPV6, libc::IPV6_V6ONLY, only)
            .map_err(fail("setsockopt"))?;
    }
    socket::bind(&s, &SockAddr::from(spec.address)).map_err(fail("bind"))?;
    socket::listen(&s, spec.backlog.unwrap_or(DEFAULT_BACKLOG)).map_err(fail("listen"))?;
    Ok(s)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses_by_family() {
        assert_eq!(
            bind_address("", 0, libc::AF_INET6).ok(),
            Some("[::]:0".parse().expect("an address"))
        );
        assert_eq!(
            bind_address("localhost", 80, libc::AF_INET).ok(),
            Some("127.0.0.1:80".parse().expect("an address"))
        );
        assert!(bind_address("::1", 0, libc::AF_INET).is_err());
        assert!(bind_address("example.com", 0, libc::AF_INET).is_err());
    }

    #[test]
    fn a_dual_stack_listener_has_v6only_off_and_reuseaddr_on() {
        // On [::] only: binding a particular IPv6 address (::1) makes the kernel set
        // IPV6_V6ONLY again, whatever was asked, as Python's listener shows too.
        let spec = ServerSpec {
            address: "[::]:0".parse().expect("an address"),
            dualstack_ipv6: true,
            reuse_port: false,
            backlog: None,
        };
        let Ok(s) = create_server(&spec) else {
            return; // no IPv6 here
        };
        assert_eq!(
            sockopt::get_int(&s, libc::IPPROTO_IPV6, libc::IPV6_V6ONLY).ok(),
            Some(0)
        );
        assert_eq!(
            sockopt::get_int(&s, libc::SOL_SOCKET, libc::SO_REUSEADDR).ok(),
            Some(1)
        );
    }
}

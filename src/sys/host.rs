//! Facts about this host that no header states, as Python's socket module reports them.

/// Whether this host can create an AF_INET6 socket: what Python's `socket.has_ipv6`
/// promises (Python says whether it was built with IPv6; this asks the kernel, so that a
/// host booted with `ipv6.disable=1` answers no).
pub fn has_ipv6() -> bool {
    socket2::Socket::new(socket2::Domain::IPV6, socket2::Type::DGRAM, None).is_ok()
}

/// Whether an AF_INET6 stream socket here can clear IPV6_V6ONLY, so that one listener
/// accepts IPv4 clients too: Python's `socket.has_dualstack_ipv6()`, which tries exactly
/// that.
pub fn has_dualstack_ipv6() -> bool {
    socket2::Socket::new(socket2::Domain::IPV6, socket2::Type::STREAM, None)
        .and_then(|s| s.set_only_v6(false))
        .is_ok()
}

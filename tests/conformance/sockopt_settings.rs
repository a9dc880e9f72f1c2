//! The (family, type, option, value) pairs the setsockopt conformance test sets on a
//! fresh socket, then reads back on both sides: accepted values, the kernel's clamps and
//! doublings, and values it refuses (EINVAL, ENOPROTOOPT, EPERM without the capability).

use serde_json::{Value, json};

/// (family, type, option, value) pairs to set; `{"bytes": hex}` for struct and string
/// options.
pub fn settings() -> Vec<(&'static str, &'static str, &'static str, Value)> {
    let i = |n: i64| json!({"int": n});
    let b = |hex: &str| json!({"bytes": hex});
    let linger_on_5 = "0100000005000000";
    let timeval_1_5 = "010000000000000020a1070000000000";
    vec![
        ("AF_INET", "SOCK_STREAM", "SO_RCVBUF", i(65536)),
        ("AF_INET", "SOCK_STREAM", "SO_RCVBUF", i(1)),
        ("AF_INET", "SOCK_STREAM", "SO_RCVBUF", i(1 << 30)),
        ("AF_INET", "SOCK_STREAM", "SO_SNDBUF", i(65536)),
        ("AF_INET", "SOCK_DGRAM", "SO_SNDBUF", i(4096)),
        ("AF_UNIX", "SOCK_STREAM", "SO_RCVBUF", i(4096)),
        ("AF_INET", "SOCK_STREAM", "SO_KEEPALIVE", i(1)),
        ("AF_INET", "SOCK_STREAM", "SO_REUSEADDR", i(1)),
        ("AF_INET6", "SOCK_DGRAM", "SO_REUSEPORT", i(1)),
        ("AF_INET", "SOCK_DGRAM", "SO_BROADCAST", i(1)),
        ("AF_INET", "SOCK_STREAM", "SO_PRIORITY", i(6)),
        ("AF_INET", "SOCK_STREAM", "SO_MARK", i(5)),
        ("AF_INET", "SOCK_STREAM", "SO_RCVLOWAT", i(100)),
        ("AF_INET", "SOCK_STREAM", "SO_SNDLOWAT", i(100)),
        ("AF_INET", "SOCK_STREAM", "SO_ACCEPTCONN", i(1)),
        ("AF_UNIX", "SOCK_DGRAM", "SO_PASSCRED", i(1)),
        ("AF_INET", "SOCK_STREAM", "SO_LINGER", b(linger_on_5)),
        ("AF_INET", "SOCK_STREAM", "SO_RCVTIMEO", b(timeval_1_5)),
        ("AF_INET", "SOCK_STREAM", "SO_BINDTODEVICE", b("6c6f")),
        ("AF_INET", "SOCK_STREAM", "IP_TOS", i(0xff)),
        ("AF_INET", "SOCK_DGRAM", "IP_TOS", i(0xb8)),
        ("AF_INET", "SOCK_STREAM", "IP_TTL", i(1)),
        ("AF_INET", "SOCK_STREAM", "IP_TTL", i(0)),
        ("AF_INET", "SOCK_STREAM", "IP_TTL", i(256)),
        ("AF_INET", "SOCK_STREAM", "IP_TTL", i(-1)),
        ("AF_INET", "SOCK_DGRAM", "IP_MTU_DISCOVER", i(2)),
        ("AF_INET", "SOCK_DGRAM", "IP_MTU_DISCOVER", i(9)),
        ("AF_INET", "SOCK_DGRAM", "IP_MULTICAST_TTL", i(8)),
        ("AF_INET6", "SOCK_STREAM", "IPV6_V6ONLY", i(1)),
        ("AF_INET6", "SOCK_DGRAM", "IPV6_UNICAST_HOPS", i(-1)),
        ("AF_INET6", "SOCK_DGRAM", "IPV6_UNICAST_HOPS", i(300)),
        ("AF_INET6", "SOCK_DGRAM", "IPV6_TCLASS", i(0x20)),
        ("AF_INET", "SOCK_STREAM", "TCP_NODELAY", i(1)),
        ("AF_INET", "SOCK_STREAM", "TCP_MAXSEG", i(100)),
        ("AF_INET", "SOCK_STREAM", "TCP_MAXSEG", i(10)),
        ("AF_INET", "SOCK_STREAM", "TCP_KEEPIDLE", i(60)),
        ("AF_INET", "SOCK_STREAM", "TCP_KEEPIDLE", i(0)),
        ("AF_INET", "SOCK_STREAM", "TCP_KEEPIDLE", i(100_000)),
        ("AF_INET6", "SOCK_STREAM", "TCP_KEEPINTVL", i(5)),
        ("AF_INET", "SOCK_STREAM", "TCP_KEEPCNT", i(3)),
        ("AF_INET", "SOCK_STREAM", "TCP_SYNCNT", i(300)),
        ("AF_INET", "SOCK_STREAM", "TCP_LINGER2", i(-1)),
        ("AF_INET", "SOCK_STREAM", "TCP_DEFER_ACCEPT", i(10)),
        ("AF_INET", "SOCK_STREAM", "TCP_WINDOW_CLAMP", i(100)),
        ("AF_INET", "SOCK_STREAM", "TCP_USER_TIMEOUT", i(1000)),
        ("AF_INET", "SOCK_STREAM", "TCP_NOTSENT_LOWAT", i(1000)),
        ("AF_INET", "SOCK_STREAM", "TCP_FASTOPEN", i(5)),
        ("AF_INET", "SOCK_STREAM", "TCP_CONGESTION", b("72656e6f")),
        ("AF_INET", "SOCK_DGRAM", "UDP_CORK", i(1)),
        ("AF_INET", "SOCK_DGRAM", "UDP_SEGMENT", i(1400)),
        ("AF_INET6", "SOCK_DGRAM", "UDP_GRO", i(1)),
    ]
}

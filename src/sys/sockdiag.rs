//! This host's sockets from the kernel's socket-diagnostics interface (NETLINK_SOCK_DIAG,
//! sock_diag(7)), as `ss` reads them: TCP and UDP over IPv4 and IPv6 with TCP_INFO, and
//! unix sockets with their names, peers and queues.

use std::net::{IpAddr, SocketAddr};

use netlink_packet_sock_diag::SockDiagMessage;
use netlink_packet_sock_diag::constants::{AF_INET, AF_INET6, IPPROTO_TCP, IPPROTO_UDP};
use netlink_packet_sock_diag::inet::{
    self, ExtensionFlags, InetRequest, InetResponse, SocketId, StateFlags,
};
use netlink_packet_sock_diag::unix::nlas::UnixDiagName;
use netlink_packet_sock_diag::unix::{self, ShowFlags, UnixRequest, UnixResponse};
use netlink_sys::protocols::NETLINK_SOCK_DIAG;

use super::{SysError, netlink};

/// UDIAG_SHOW_UID (Linux 5.3), which the crate does not name.
const UDIAG_SHOW_UID: u32 = 0x40;

/// The transport of a socket.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Transport {
    Tcp,
    Udp,
    /// A unix socket of this type (SOCK_STREAM, SOCK_DGRAM, SOCK_SEQPACKET).
    Unix(i32),
}

/// Where a socket is bound or connected.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Endpoint {
    Ip(SocketAddr),
    /// A unix socket's path.
    Path(Vec<u8>),
    /// A unix socket's name in the abstract namespace (without the leading NUL).
    Abstract(Vec<u8>),
    /// A unix socket's peer, known by its inode.
    Inode(u32),
    /// Neither bound nor connected.
    None,
}

/// The TCP_INFO essentials.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TcpEssentials {
    pub rtt_us: u32,
    pub rttvar_us: u32,
    pub cwnd: u32,
    pub mss: u32,
    pub retransmits: u32,
}

/// One socket of this host.
#[derive(Debug, Clone)]
pub struct DiagSocket {
    /// AF_INET, AF_INET6 or AF_UNIX.
    pub family: i32,
    pub transport: Transport,
    /// The TCP_* state number (unix and UDP sockets use the same numbers).
    pub state: u8,
    pub local: Endpoint,
    pub peer: Endpoint,
    /// For a listener: connections waiting for accept. Else bytes queued to be read.
    pub recv_queue: u32,
    /// For a listener: its backlog. Else bytes queued to be sent.
    pub send_queue: u32,
    pub inode: u32,
    pub uid: Option<u32>,
    pub tcp: Option<TcpEssentials>,
}

/// Every TCP, UDP and unix socket of this host (of this network namespace).
pub fn sockets() -> Result<Vec<DiagSocket>, SysError> {
    let socket = netlink::open(NETLINK_SOCK_DIAG)?;
    let mut out = Vec::new();
    let mut sequence = 1;
    for (family, protocol) in [
        (AF_INET, IPPROTO_TCP),
        (AF_INET6, IPPROTO_TCP),
        (AF_INET, IPPROTO_UDP),
        (AF_INET6, IPPROTO_UDP),
    ] {
        sequence += 1;
        let request = InetRequest {
            family,
            protocol,
            extensions: if protocol == IPPROTO_TCP {
                ExtensionFlags::INFO
            } else {
                ExtensionFlags::empty()
            },
            // Every state, the newer ones (NEW_SYN_RECV, BOUND_INACTIVE) included.
            states: StateFlags::from_bits_retain(u32::MAX),
            socket_id: if family == AF_INET {
                SocketId::new_v4()
            } else {
                SocketId::new_v6()
            },
        };
        match netlink::dump(&socket, SockDiagMessage::InetRequest(request), sequence) {
            Ok(answers) => out.extend(answers.iter().filter_map(|m| match m {
                SockDiagMessage::InetResponse(r) => Some(inet_socket(r, protocol)),
                _ => None,
            })),
            // A kernel without the udp_diag module answers ENOENT: no UDP sockets shown.
            Err(SysError::Errno(libc::ENOENT)) if protocol == IPPROTO_UDP => {}
            Err(e) => return Err(e),
        }
    }
    sequence += 1;
    let request = UnixRequest {
        state_flags: unix::StateFlags::from_bits_retain(u32::MAX),
        inode: 0,
        show_flags: ShowFlags::from_bits_retain(
            (ShowFlags::NAME | ShowFlags::PEER | ShowFlags::RQLEN).bits() | UDIAG_SHOW_UID,
        ),
        cookie: [0xff; 8],
    };
    let answers = netlink::dump(&socket, SockDiagMessage::UnixRequest(request), sequence)?;
    out.extend(answers.iter().filter_map(|m| match m {
        SockDiagMessage::UnixResponse(r) => Some(unix_socket(r)),
        _ => None,
    }));
    Ok(out)
}

fn inet_socket(r: &InetResponse, protocol: u8) -> DiagSocket {
    let h = &r.header;
    let id = &h.socket_id;
    let endpoint = |ip: IpAddr, port: u16| {
        if ip.is_unspecified() && port == 0 {
            Endpoint::None
        } else {
            Endpoint::Ip(SocketAddr::new(ip, port))
        }
    };
    let tcp = r.nlas.iter().find_map(|nla| match nla {
        inet::nlas::Nla::TcpInfo(info) => Some(TcpEssentials {
            rtt_us: info.rtt,
            rttvar_us: info.rttvar,
            cwnd: info.snd_cwnd,
            mss: info.snd_mss,
            retransmits: info.total_retrans,
        }),
        _ => None,
    });
    DiagSocket {
        family: i32::from(h.family),
        transport: if protocol == IPPROTO_TCP {
            Transport::Tcp
        } else {
            Transport::Udp
        },
        state: h.state,
        local: endpoint(id.source_address, id.source_port),
        peer: endpoint(id.destination_address, id.destination_port),
        recv_queue: h.recv_queue,
        send_queue: h.send_queue,
        inode: h.inode,
        uid: Some(h.uid),
        tcp,
    }
}

fn unix_socket(r: &UnixResponse) -> DiagSocket {
    let h = &r.header;
    let local = match r.name() {
        Some(UnixDiagName::Pathname(p)) => Endpoint::Path(p.as_encoded_bytes().to_vec()),
        Some(UnixDiagName::Abstract(a)) => Endpoint::Abstract(a.clone()),
        None => Endpoint::None,
    };
    let (recv_queue, send_queue) = r
        .nlas
        .iter()
        .find_map(|nla| match nla {
            unix::nlas::Nla::ReceiveQueueLength(rq, wq) => Some((*rq, *wq)),
            _ => None,
        })
        .unwrap_or((0, 0));
    let uid = r.nlas.iter().find_map(|nla| match nla {
        unix::nlas::Nla::Other(o) => uid_of(o),
        _ => None,
    });
    DiagSocket {
        family: libc::AF_UNIX,
        transport: Transport::Unix(i32::from(h.kind)),
        state: h.state,
        local,
        peer: r.peer().map_or(Endpoint::None, Endpoint::Inode),
        recv_queue,
        send_queue,
        inode: h.inode,
        uid,
        tcp: None,
    }
}

/// UNIX_DIAG_UID, an attribute the crate leaves unparsed.
fn uid_of(nla: &netlink_packet_core::DefaultNla) -> Option<u32> {
    use netlink_packet_core::Nla;
    const UNIX_DIAG_UID: u16 = 7;
    if nla.kind() != UNIX_DIAG_UID || nla.value_len() != 4 {
        return None;
    }
    let mut bytes = [0u8; 4];
    nla.emit_value(&mut bytes);
    Some(u32::from_ne_bytes(bytes))
}

/// The sockets of each process: (inode, pid, fd) from /proc/PID/fd, whose links read
/// `socket:[INODE]`. Processes whose descriptors this user may not list are left out.
pub fn owners() -> Vec<(u32, i32, i32)> {
    let mut out = Vec::new();
    let Ok(procs) = std::fs::read_dir("/proc") else {
        return out;
    };
    for entry in procs.filter_map(Result::ok) {
        let Some(pid) = entry
            .file_name()
            .to_str()
            .and_then(|n| n.parse::<i32>().ok())
        else {
            continue;
        };
        let Ok(fds) = std::fs::read_dir(entry.path().join("fd")) else {
            continue;
        };
        for fd in fds.filter_map(Result::ok) {
            let Some(number) = fd.file_name().to_str().and_then(|n| n.parse::<i32>().ok()) else {
                continue;
            };
            let Ok(target) = std::fs::read_link(fd.path()) else {
                continue;
            };
            let inode = target
                .to_str()
                .and_then(|t| t.strip_prefix("socket:["))
                .and_then(|t| t.strip_suffix(']'))
                .and_then(|t| t.parse::<u32>().ok());
            if let Some(inode) = inode {
                out.push((inode, pid, number));
            }
        }
    }
    out
}

//! `sockref sockets`: this host's sockets as `ss -tuxap` lists them, read from the kernel's
//! socket-diagnostics interface, with the processes that hold each one, TCP_INFO
//! essentials, TIME_WAIT counted per port, and with `--options` the key options of each.

mod filter;
mod options;

use std::collections::{BTreeMap, HashMap};

use serde::Serialize;

use crate::cli::SocketsArgs;
use crate::error::Result;
use crate::report::Report;
use crate::sys::sockdiag::{self, DiagSocket, Endpoint, TcpEssentials, Transport};
use crate::text::Text;

pub use options::OptionView;

/// The sockets asked for, and TIME_WAIT per port.
#[derive(Debug, Clone, Serialize)]
pub struct SocketsReport {
    pub sockets: Vec<SocketView>,
    /// TCP sockets in TIME_WAIT by local port, most first (among the sockets shown).
    pub time_wait: Vec<PortCount>,
}

impl Report for SocketsReport {}

/// One socket.
#[derive(Debug, Clone, Serialize)]
pub struct SocketView {
    /// `ss`'s name for the kind: tcp, udp, u_str, u_dgr, u_seq.
    pub netid: &'static str,
    pub family: &'static str,
    #[serde(rename = "type")]
    pub socktype: &'static str,
    /// The protocol number: IPPROTO_TCP (6), IPPROTO_UDP (17), 0 for unix sockets.
    pub proto: i32,
    /// `ss`'s name for the state: LISTEN, ESTAB, TIME-WAIT, UNCONN, ...
    pub state: &'static str,
    pub local: Option<Text>,
    pub peer: Option<Text>,
    /// A unix socket's peer, by its inode.
    pub peer_inode: Option<u32>,
    /// For a listener, connections waiting for accept; else bytes waiting to be read.
    pub recv_queue: u32,
    /// For a listener, its backlog; else bytes waiting to be sent.
    pub send_queue: u32,
    pub inode: u32,
    pub uid: Option<u32>,
    pub processes: Vec<Owner>,
    pub tcp_info: Option<TcpInfoView>,
    /// With `--options`: the key options, read from the owning process's descriptor.
    pub options: Option<Vec<OptionView>>,
    /// Why the options could not be read.
    pub options_error: Option<String>,
}

/// A process holding a socket.
#[derive(Debug, Clone, Serialize)]
pub struct Owner {
    pub pid: i32,
    pub fd: i32,
    pub command: Option<Text>,
}

/// TCP_INFO essentials.
#[derive(Debug, Clone, Serialize)]
pub struct TcpInfoView {
    pub rtt_ms: f64,
    pub rttvar_ms: f64,
    pub cwnd: u32,
    pub mss: u32,
    pub retransmits: u32,
}

/// How many sockets one port has in TIME_WAIT.
#[derive(Debug, Clone, Serialize)]
pub struct PortCount {
    pub port: u16,
    pub count: usize,
}

/// Runs `sockets`.
pub fn run(args: &SocketsArgs) -> Result<SocketsReport> {
    let wanted = filter::Filter::of(args)?;
    let all = sockdiag::sockets().map_err(|e| e.into_error("NETLINK_SOCK_DIAG", "", ""))?;
    let owners = owners_by_inode();
    let mut sockets: Vec<SocketView> = all
        .iter()
        .map(|s| view(s, &owners))
        .filter(|v| wanted.keeps(v))
        .collect();
    if args.options {
        for s in &mut sockets {
            options::read_into(s);
        }
    }
    let time_wait = time_wait(&sockets);
    Ok(SocketsReport { sockets, time_wait })
}

fn owners_by_inode() -> HashMap<u32, Vec<Owner>> {
    let mut commands: HashMap<i32, Option<Text>> = HashMap::new();
    let mut by_inode: HashMap<u32, Vec<Owner>> = HashMap::new();
    for (inode, pid, fd) in sockdiag::owners() {
        let command = commands
            .entry(pid)
            .or_insert_with(|| {
                std::fs::read(format!("/proc/{pid}/comm"))
                    .ok()
                    .map(|b| Text::from_bytes(b.strip_suffix(b"\n").unwrap_or(&b).to_vec()))
            })
            .clone();
        by_inode
            .entry(inode)
            .or_default()
            .push(Owner { pid, fd, command });
    }
    by_inode
}

fn view(s: &DiagSocket, owners: &HashMap<u32, Vec<Owner>>) -> SocketView {
    let (netid, socktype, proto) = match s.transport {
        Transport::Tcp => ("tcp", "SOCK_STREAM", libc::IPPROTO_TCP),
        Transport::Udp => ("udp", "SOCK_DGRAM", libc::IPPROTO_UDP),
        Transport::Unix(libc::SOCK_DGRAM) => ("u_dgr", "SOCK_DGRAM", 0),
        Transport::Unix(libc::SOCK_SEQPACKET) => ("u_seq", "SOCK_SEQPACKET", 0),
        Transport::Unix(_) => ("u_str", "SOCK_STREAM", 0),
    };
    let family = match s.family {
        libc::AF_INET => "AF_INET",
        libc::AF_INET6 => "AF_INET6",
        _ => "AF_UNIX",
    };
    let peer_inode = match s.peer {
        Endpoint::Inode(i) => Some(i),
        _ => None,
    };
    SocketView {
        netid,
        family,
        socktype,
        proto,
        state: state_name(s.state),
        local: endpoint_text(&s.local),
        peer: endpoint_text(&s.peer),
        peer_inode,
        recv_queue: s.recv_queue,
        send_queue: s.send_queue,
        inode: s.inode,
        uid: s.uid,
        processes: if s.inode == 0 {
            Vec::new()
        } else {
            owners.get(&s.inode).cloned().unwrap_or_default()
        },
        tcp_info: s.tcp.as_ref().map(tcp_view),
        options: None,
        options_error: None,
    }
}

/// `ss`'s names of the TCP_* states, which UDP and unix sockets share.
pub fn state_name(state: u8) -> &'static str {
    match state {
        1 => "ESTAB",
        2 => "SYN-SENT",
        3 => "SYN-RECV",
        4 => "FIN-WAIT-1",
        5 => "FIN-WAIT-2",
        6 => "TIME-WAIT",
        7 => "UNCONN",
        8 => "CLOSE-WAIT",
        9 => "LAST-ACK",
        10 => "LISTEN",
        11 => "CLOSING",
        12 => "NEW-SYN-RECV",
        13 => "BOUND-INACTIVE",
        _ => "UNKNOWN",
    }
}

/// An address as `ss` writes it: `127.0.0.1:80`, `[::1]:80`, a path, `@name` for the
/// abstract namespace; None when unbound.
fn endpoint_text(e: &Endpoint) -> Option<Text> {
    match e {
        Endpoint::Ip(a) => Some(Text::from(a.to_string().as_str())),
        Endpoint::Path(p) => Some(Text::from_bytes(p.clone())),
        Endpoint::Abstract(name) => {
            let mut bytes = b"@".to_vec();
            bytes.extend_from_slice(name);
            Some(Text::from_bytes(bytes))
        }
        Endpoint::Inode(_) | Endpoint::None => None,
    }
}

fn tcp_view(t: &TcpEssentials) -> TcpInfoView {
    TcpInfoView {
        rtt_ms: f64::from(t.rtt_us) / 1000.0,
        rttvar_ms: f64::from(t.rttvar_us) / 1000.0,
        cwnd: t.cwnd,
        mss: t.mss,
        retransmits: t.retransmits,
    }
}

/// TIME_WAIT sockets by local port, most first, then by port.
fn time_wait(sockets: &[SocketView]) -> Vec<PortCount> {
    let mut counts: BTreeMap<u16, usize> = BTreeMap::new();
    for s in sockets.iter().filter(|s| s.state == "TIME-WAIT") {
        let port = s.local.as_ref().and_then(|l| {
            l.to_string()
                .rsplit(':')
                .next()
                .and_then(|p| p.parse().ok())
        });
        if let Some(port) = port {
            *counts.entry(port).or_default() += 1;
        }
    }
    let mut out: Vec<PortCount> = counts
        .into_iter()
        .map(|(port, count)| PortCount { port, count })
        .collect();
    out.sort_by(|a, b| b.count.cmp(&a.count).then(a.port.cmp(&b.port)));
    out
}

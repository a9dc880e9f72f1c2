//! `sockopt --pid PID --fd FD` and the `fromfd PID FD` mirror: the options of a socket
//! another process holds, read from a duplicate of its descriptor (pidfd_getfd(2)).
//!
//! Read-only: nothing is set, sent or received, and SO_ERROR, which a read clears, is left
//! out. The duplicate is closed as soon as it has been read.

use std::os::fd::OwnedFd;

use serde::Serialize;

use super::tcp::TcpInfoReport;
use super::{SocketOptions, SockoptReport};
use crate::error::{Error, Result};
use crate::socket_module::options::{names, read};
use crate::sys::pidfd::{self, TakeError};
use crate::sys::socket::{self, Socket};
use crate::sys::{sockopt as so, sysctl, tcp_info};
use crate::text::Text;

/// The process whose socket was read.
#[derive(Debug, Clone, Serialize)]
pub struct ProcessView {
    pub pid: i32,
    pub fd: i32,
    /// Its command name (/proc/PID/comm).
    pub command: Option<Text>,
}

/// The socket kind of a live descriptor: SO_DOMAIN, SO_TYPE and SO_PROTOCOL.
#[derive(Debug, Clone, Copy)]
pub struct Kind {
    pub family: i32,
    pub socktype: i32,
    pub proto: i32,
}

/// Options no read may touch on someone else's socket: reading SO_ERROR clears it.
const CONSUMED_BY_READING: &[&str] = &["SO_ERROR"];

/// A duplicate of descriptor `fd` of process `pid`, checked to be a socket.
pub fn take(pid: i32, fd: i32) -> Result<(Socket, Kind)> {
    let input = format!("pid {pid} fd {fd}");
    let dup: OwnedFd = pidfd::take(pid, fd).map_err(|e| take_error(e, pid, fd))?;
    if !pidfd::is_socket(&dup) {
        let target = std::fs::read_link(format!("/proc/{pid}/fd/{fd}"))
            .map(|p| Text::from_bytes(p.into_os_string().into_encoded_bytes()).to_string())
            .unwrap_or_else(|_| "not a socket".to_string());
        return Err(Error::input(
            "pidfd_getfd",
            input,
            format!("the descriptor is not a socket ({target})"),
        ));
    }
    let s = Socket::from(dup);
    let int = |name: i32| {
        so::get_int(&s, libc::SOL_SOCKET, name).map_err(|e| e.into_error("getsockopt", &input, ""))
    };
    let kind = Kind {
        family: int(libc::SO_DOMAIN)?,
        socktype: int(libc::SO_TYPE)?,
        proto: int(libc::SO_PROTOCOL)?,
    };
    Ok((s, kind))
}

/// What to do about a descriptor that could not be taken.
fn take_error(e: TakeError, pid: i32, fd: i32) -> Error {
    let input = format!("pid {pid} fd {fd}");
    match e {
        TakeError::NoProcess => Error::not_found("pidfd_open", input, "no such process"),
        TakeError::Exited => Error::not_found(
            "pidfd_getfd",
            input,
            "the process exited before its descriptor was read",
        ),
        TakeError::NoDescriptor => {
            Error::not_found("pidfd_getfd", input, "the process has no such descriptor")
        }
        TakeError::NotPermitted => {
            let scope = sysctl::read_int("kernel.yama.ptrace_scope")
                .map(|v| format!("; kernel.yama.ptrace_scope is {v}"))
                .unwrap_or_default();
            Error::input(
                "pidfd_getfd",
                input,
                format!(
                    "not permitted: run as the process's user with ptrace permission over it, or with CAP_SYS_PTRACE{scope}"
                ),
            )
        }
        TakeError::Unsupported => Error::input(
            "pidfd_getfd",
            input,
            "this kernel has no pidfd_getfd (Linux 5.6 and later)",
        ),
        TakeError::Other(errno) => {
            crate::sys::SysError::Errno(errno).into_error("pidfd_getfd", &input, "")
        }
    }
}

/// `sockopt --pid PID --fd FD [--all]`.
pub fn run(pid: i32, fd: i32, all: bool) -> Result<SockoptReport> {
    let (s, kind) = take(pid, fd)?;
    let options: Vec<_> = read::applicable(kind.family, kind.socktype, all)
        .into_iter()
        .filter(|o| !CONSUMED_BY_READING.contains(&o.name))
        .collect();
    let (local, peer) = socket::addresses(&s);
    let tcp =
        kind.socktype == libc::SOCK_STREAM && matches!(kind.family, libc::AF_INET | libc::AF_INET6);
    let read = SocketOptions {
        role: "live",
        local,
        peer: peer.clone(),
        set: Vec::new(),
        options: read::read_all(&s, &options),
        tcp_info: tcp
            .then(|| tcp_info::read(&s).ok().map(TcpInfoReport::from))
            .flatten(),
    };
    drop(s);
    let family = names::family_arg(kind.family).to_string();
    let socktype = names::socktype_arg(kind.socktype).to_string();
    Ok(SockoptReport {
        call: format!("pidfd_getfd(pidfd_open({pid}), {fd})"),
        family,
        socktype,
        proto: kind.proto,
        connected: peer.is_some(),
        sockets: vec![read],
        process: Some(ProcessView {
            pid,
            fd,
            command: std::fs::read(format!("/proc/{pid}/comm"))
                .ok()
                .map(|b| Text::from_bytes(b.strip_suffix(b"\n").unwrap_or(&b).to_vec())),
        }),
    })
}

/// The result of the `fromfd PID FD` mirror: what Python's socket object of that
/// descriptor says of itself.
#[derive(Debug, Clone, Serialize)]
pub struct FromfdView {
    pub family: String,
    #[serde(rename = "type")]
    pub socktype: String,
    pub proto: i32,
    /// getsockname(): an address object for IP, a path for unix, null when unnamed.
    pub laddr: serde_json::Value,
    /// getpeername(), null when not connected.
    pub raddr: serde_json::Value,
}

/// `fromfd PID FD`: Python's `socket.fromfd`, for a descriptor of any process the user may
/// trace; the duplicate is closed once read.
pub fn fromfd(pid: i32, fd: i32) -> Result<FromfdView> {
    let (s, kind) = take(pid, fd)?;
    let address = |a: std::io::Result<socket2::SockAddr>| match a {
        Ok(a) if a.as_socket().is_some() => {
            serde_json::to_value(crate::socket_module::names::SockAddrView::of(&a))
                .unwrap_or(serde_json::Value::Null)
        }
        Ok(a) => a
            .as_pathname()
            .map(|p| {
                serde_json::Value::String(
                    Text::from_bytes(p.as_os_str().as_encoded_bytes()).to_json_string(),
                )
            })
            .unwrap_or(serde_json::Value::Null),
        Err(_) => serde_json::Value::Null,
    };
    let view = FromfdView {
        family: names::family_arg(kind.family).to_string(),
        socktype: names::socktype_arg(kind.socktype).to_string(),
        proto: kind.proto,
        laddr: address(s.local_addr()),
        raddr: address(s.peer_addr()),
    };
    drop(s);
    Ok(view)
}

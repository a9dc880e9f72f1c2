//! `sockref socketpair` and `sockref send_fds`: two connected sockets without addresses,
//! shown with a round trip between them, and an open descriptor carried from one to the
//! other in an SCM_RIGHTS message.

use std::io::{Read, Seek, Write};
use std::os::fd::{AsFd, AsRawFd};
use std::os::unix::fs::MetadataExt;
use std::time::Instant;

use serde::Serialize;

use crate::cli::SocketpairArgs;
use crate::code::Call;
use crate::error::{Error, Result};
use crate::reference::constants::MSG;
use crate::report::Report;
use crate::socket_module::options::names::{family, family_arg, protocol, socktype, socktype_arg};
use crate::socket_module::parse::flag_names;
use crate::socket_module::pyargs::PyArg;
use crate::sys::ancillary;
use crate::sys::errors::SysError;
use crate::sys::socket::{self, Socket};

/// The bytes each direction carries.
const PING: &[u8] = b"ping";

/// Both ends of a socketpair and a message each way.
#[derive(Debug, Clone, Serialize)]
pub struct SocketpairReport {
    /// The call as Python writes it: `socketpair(AF_UNIX, SOCK_STREAM, 0)`.
    pub call: String,
    pub ends: Vec<PairEnd>,
    /// `ping` sent on each end came out of the other.
    pub round_trip: RoundTrip,
}

impl Report for SocketpairReport {}

/// One end of the pair.
#[derive(Debug, Clone, Serialize)]
pub struct PairEnd {
    pub fd: i32,
    /// getsockname: `unnamed` for a socketpair's ends, which have no address.
    pub sockname: Option<String>,
    pub peername: Option<String>,
}

/// What crossed the pair.
#[derive(Debug, Clone, Serialize)]
pub struct RoundTrip {
    pub bytes: usize,
    pub first_to_second: bool,
    pub second_to_first: bool,
    /// Both directions, in microseconds.
    pub us: f64,
}

/// The family, type and protocol of `socketpair`, checked.
fn kind(args: &SocketpairArgs) -> Result<(i32, i32, i32)> {
    let text = format!("{}, {}, {}", args.family, args.socktype, args.proto);
    let input = |reason: String| Error::input("socketpair", &text, reason);
    Ok((
        family(&args.family).map_err(input)?,
        socktype(&args.socktype).map_err(input)?,
        protocol(&args.proto).map_err(input)?,
    ))
}

/// The call `socketpair` makes, checked but not made.
pub fn socketpair_call(args: &SocketpairArgs) -> Result<Call> {
    let (f, t, p) = kind(args)?;
    Ok(Call::new(
        "socketpair",
        vec![
            ("family", family_arg(f)),
            ("type", socktype_arg(t)),
            ("proto", PyArg::Int(p.into())),
        ],
    ))
}

/// Runs `socketpair [FAMILY] [TYPE] [PROTO]`.
pub fn socketpair(args: &SocketpairArgs) -> Result<SocketpairReport> {
    let text = format!("{}, {}, {}", args.family, args.socktype, args.proto);
    let (f, t, p) = kind(args)?;
    let call = socketpair_call(args)?.text();
    let pair = socket::socketpair(f, t, p).map_err(|e| e.into_error("socketpair", &text, ""))?;
    let start = Instant::now();
    let first_to_second = carries(&pair.client, &pair.server)?;
    let second_to_first = carries(&pair.server, &pair.client)?;
    let us = start.elapsed().as_secs_f64() * 1e6;
    Ok(SocketpairReport {
        call,
        ends: [&pair.client, &pair.server].map(end).to_vec(),
        round_trip: RoundTrip {
            bytes: PING.len(),
            first_to_second,
            second_to_first,
            us,
        },
    })
}

fn end(s: &Socket) -> PairEnd {
    let (sockname, peername) = socket::addresses(s);
    PairEnd {
        fd: s.as_raw_fd(),
        sockname,
        peername,
    }
}

/// Whether `ping` sent on `from` comes out of `to` whole.
fn carries(from: &Socket, to: &Socket) -> Result<bool> {
    let sent = socket::send(from, PING).map_err(|e| e.into_error("send", "b'ping'", ""))?;
    let mut got = Vec::new();
    let mut buf = [0u8; 16];
    while got.len() < sent {
        let n = socket::recv(to, &mut buf).map_err(|e| e.into_error("recv", "16", ""))?;
        if n == 0 {
            break;
        }
        got.extend_from_slice(&buf[..n]);
    }
    Ok(got == PING)
}

/// A descriptor sent over a socketpair and the one that arrived.
#[derive(Debug, Clone, Serialize)]
pub struct SendFdsReport {
    /// The calls as Python writes them.
    pub send: String,
    pub recv: String,
    /// The descriptor sent: a scratch file holding [`CONTENT`].
    pub sent: FdSeen,
    /// The descriptor recv_fds returned: a new number for the same open file.
    pub received: FdSeen,
    /// Device and inode agree: the same file.
    pub same_file: bool,
    /// What reading through the received descriptor gave.
    pub read_back: String,
    /// The data bytes that travelled with the descriptor.
    pub data: String,
    /// CMSG_LEN and CMSG_SPACE of one descriptor: what the control message took.
    pub cmsg_len: u32,
    pub cmsg_space: u32,
    /// recvmsg's msg_flags (MSG_CTRUNC set would mean descriptors were lost), and their
    /// names.
    pub msg_flags: i32,
    pub msg_flags_names: String,
}

impl Report for SendFdsReport {}

/// A descriptor and the file it refers to.
#[derive(Debug, Clone, Serialize)]
pub struct FdSeen {
    pub fd: i32,
    pub device: u64,
    pub inode: u64,
}

/// What the scratch file holds.
const CONTENT: &str = "carried by SCM_RIGHTS";

/// Runs `send_fds`: a scratch file's descriptor crosses a unix socketpair.
pub fn send_fds() -> Result<SendFdsReport> {
    // A scratch file that cannot be made, written or read is the system's "no".
    fn failed(call: &'static str) -> impl Fn(std::io::Error) -> Error {
        move |e| SysError::Errno(e.raw_os_error().unwrap_or(libc::EIO)).into_error(call, "", "")
    }
    let mut file = tempfile::tempfile().map_err(failed("tempfile"))?;
    file.write_all(CONTENT.as_bytes())
        .map_err(failed("write"))?;
    let pair = socket::unix_pair(libc::SOCK_STREAM)
        .map_err(|e| e.into_error("socketpair", "AF_UNIX, SOCK_STREAM", ""))?;
    let sent_fd = file.as_raw_fd();
    ancillary::send_fds(&pair.client, b"fd", &[file.as_fd()])
        .map_err(|e| e.into_error("send_fds", &format!("[b'fd'], [{sent_fd}]"), ""))?;
    let got = ancillary::recv_fds(&pair.server, 1024, 4)
        .map_err(|e| e.into_error("recv_fds", "1024, 4", ""))?;
    let Some(arrived) = got.fds.into_iter().next() else {
        return Err(Error::check_failed(
            "recv_fds",
            "1024, 4",
            "no descriptor arrived",
        ));
    };
    let mut arrived = std::fs::File::from(arrived);
    let (before, after) = (
        file.metadata().map_err(failed("fstat"))?,
        arrived.metadata().map_err(failed("fstat"))?,
    );
    // The received descriptor shares the open file, and so its offset: rewind to read.
    arrived.rewind().map_err(failed("lseek"))?;
    let mut read_back = String::new();
    arrived
        .read_to_string(&mut read_back)
        .map_err(failed("read"))?;
    Ok(SendFdsReport {
        send: format!("send_fds(sock, [b'fd'], [{sent_fd}])"),
        recv: "recv_fds(sock, 1024, 4)".to_string(),
        sent: FdSeen {
            fd: sent_fd,
            device: before.dev(),
            inode: before.ino(),
        },
        received: FdSeen {
            fd: arrived.as_raw_fd(),
            device: after.dev(),
            inode: after.ino(),
        },
        same_file: before.dev() == after.dev() && before.ino() == after.ino(),
        read_back,
        data: String::from_utf8_lossy(&got.data).into_owned(),
        cmsg_len: ancillary::cmsg_len(4),
        cmsg_space: ancillary::cmsg_space(4),
        msg_flags: got.flags,
        msg_flags_names: flag_names(&MSG, got.flags),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_pair_carries_both_ways() {
        let args = SocketpairArgs {
            family: "AF_UNIX".into(),
            socktype: "SOCK_SEQPACKET".into(),
            proto: "0".into(),
            code: Default::default(),
        };
        let r = socketpair(&args).expect("a pair");
        assert!(r.round_trip.first_to_second && r.round_trip.second_to_first);
        assert_eq!(r.call, "socketpair(AF_UNIX, SOCK_SEQPACKET, 0)");
        assert_ne!(r.ends[0].fd, r.ends[1].fd);
    }

    #[test]
    fn inet_has_no_pairs_on_linux() {
        let args = SocketpairArgs {
            family: "AF_INET".into(),
            socktype: "SOCK_STREAM".into(),
            proto: "0".into(),
            code: Default::default(),
        };
        assert!(socketpair(&args).is_err());
    }

    #[test]
    fn a_descriptor_arrives_as_a_new_number_for_the_same_file() {
        let r = send_fds().expect("passed");
        assert!(r.same_file);
        assert_ne!(r.sent.fd, r.received.fd);
        assert_eq!(r.read_back, CONTENT);
        assert_eq!(r.data, "fd");
    }
}

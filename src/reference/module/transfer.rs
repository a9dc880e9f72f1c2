//! The methods that move data: send and receive in all their forms.

use super::methods::{BLOCKED, METHOD, PIPE, RESET, TIMED_OUT, WAITS};
use super::{Entry, Raise};

pub const TRANSFER: &[Entry] = &[
    Entry {
        name: "socket.recv",
        signature: "socket.recv(bufsize, flags=0)",
        does: "Receives at most bufsize bytes: on a stream, whatever has arrived (possibly less than sent in one send), b'' when the peer has closed; on a datagram socket, one datagram, cut to bufsize.",
        blocks: WAITS,
        returns: "bytes; b'' at end of stream",
        raises: &[BLOCKED, TIMED_OUT, RESET],
        c: "recv(2)",
        rust: "std::io::Read::read on TcpStream; UdpSocket::recv; socket2::Socket::recv",
        related: &[
            "socket.recv_into",
            "socket.recvfrom",
            "socket.send",
            "MSG_*",
        ],
        shows: "sockref echo --trace --transport tcp4",
        ..METHOD
    },
    Entry {
        name: "socket.recv_into",
        signature: "socket.recv_into(buffer, nbytes=0, flags=0)",
        does: "recv() into a buffer the caller owns (a bytearray or memoryview), without a new bytes object.",
        blocks: WAITS,
        returns: "the number of bytes received",
        raises: &[BLOCKED, TIMED_OUT, RESET],
        c: "recv(2)",
        rust: "std::io::Read::read(&mut buf)",
        related: &["socket.recv", "socket.recvfrom_into"],
        shows: "sockref echo --bench --transport tcp4 --duration 0.2",
        ..METHOD
    },
    Entry {
        name: "socket.recvfrom",
        signature: "socket.recvfrom(bufsize, flags=0)",
        does: "recv() that also returns the sender's address: the way to read an unconnected UDP socket.",
        blocks: WAITS,
        returns: "(bytes, address)",
        raises: &[BLOCKED, TIMED_OUT],
        c: "recvfrom(2)",
        rust: "std::net::UdpSocket::recv_from",
        related: &["socket.sendto", "socket.recv"],
        shows: "sockref echo --trace --transport udp4",
        ..METHOD
    },
    Entry {
        name: "socket.recvfrom_into",
        signature: "socket.recvfrom_into(buffer, nbytes=0, flags=0)",
        does: "recvfrom() into a caller's buffer.",
        blocks: WAITS,
        returns: "(nbytes, address)",
        raises: &[BLOCKED, TIMED_OUT],
        c: "recvfrom(2)",
        rust: "std::net::UdpSocket::recv_from(&mut buf)",
        related: &["socket.recvfrom"],
        shows: "sockref echo --trace --transport udp4",
        ..METHOD
    },
    Entry {
        name: "socket.recvmsg",
        signature: "socket.recvmsg(bufsize, ancbufsize=0, flags=0)",
        does: "The whole receive: data, ancillary (control) messages such as SCM_RIGHTS descriptors or IP_PKTINFO, the message flags and the sender.",
        blocks: WAITS,
        returns: "(data, ancdata, msg_flags, address)",
        raises: &[BLOCKED, TIMED_OUT],
        c: "recvmsg(2), cmsg(3)",
        rust: "nix::sys::socket::recvmsg; socket2::Socket::recvmsg",
        related: &["socket.sendmsg", "CMSG_SPACE", "recv_fds"],
        shows: "sockref const SCM_RIGHTS",
        ..METHOD
    },
    Entry {
        name: "socket.send",
        signature: "socket.send(data, flags=0)",
        does: "Sends what the kernel will take now: possibly only part of data on a stream (check the count, or use sendall); one datagram on a datagram socket.",
        blocks: WAITS,
        returns: "the number of bytes sent",
        raises: &[BLOCKED, TIMED_OUT, PIPE, RESET],
        c: "send(2)",
        rust: "std::io::Write::write on TcpStream; UdpSocket::send",
        related: &["socket.sendall", "socket.recv", "MSG_*"],
        shows: "sockref echo --trace --transport tcp4",
        ..METHOD
    },
    Entry {
        name: "socket.sendall",
        signature: "socket.sendall(data, flags=0)",
        does: "Calls send() until all of data has gone, or raises; with a timeout, the timeout bounds the whole call.",
        blocks: WAITS,
        returns: "None",
        raises: &[TIMED_OUT, PIPE, RESET],
        c: "send(2), repeated",
        rust: "std::io::Write::write_all",
        related: &["socket.send", "socket.sendfile"],
        shows: "sockref echo --trace --transport tcp4",
        ..METHOD
    },
    Entry {
        name: "socket.sendto",
        signature: "socket.sendto(data, address) / sendto(data, flags, address)",
        does: "Sends one datagram to an address: the usual way on an unconnected datagram socket (on Linux a connected UDP socket may use it too).",
        blocks: WAITS,
        returns: "the number of bytes sent",
        raises: &[
            Raise {
                class: "OSError (EMSGSIZE)",
                when: "the datagram is larger than the protocol allows",
            },
            BLOCKED,
        ],
        c: "sendto(2)",
        rust: "std::net::UdpSocket::send_to",
        related: &["socket.recvfrom"],
        shows: "sockref echo --trace --transport udp4",
        ..METHOD
    },
    Entry {
        name: "socket.sendmsg",
        signature: "socket.sendmsg(buffers, ancdata=(), flags=0, address=None)",
        does: "The whole send: several buffers gathered into one message, with ancillary data (SCM_RIGHTS descriptors, IP_PKTINFO) and an address.",
        blocks: WAITS,
        returns: "the number of bytes sent",
        raises: &[BLOCKED, PIPE],
        c: "sendmsg(2), cmsg(3)",
        rust: "nix::sys::socket::sendmsg; socket2::Socket::sendmsg",
        related: &["socket.recvmsg", "send_fds", "CMSG_LEN"],
        shows: "sockref const SCM_RIGHTS",
        ..METHOD
    },
    Entry {
        name: "socket.sendfile",
        signature: "socket.sendfile(file, offset=0, count=None)",
        does: "Sends a file's contents with the kernel's sendfile where it can (no copy through user space), else with send().",
        blocks: WAITS,
        returns: "the number of bytes sent",
        raises: &[PIPE, TIMED_OUT],
        c: "sendfile(2)",
        rust: "nix::sys::sendfile::sendfile; std::io::copy (uses sendfile or splice on Linux where it can)",
        related: &["socket.sendall"],
        shows: "sockref echo --bench --transport tcp4 --duration 0.2",
        ..METHOD
    },
    Entry {
        name: "socket.recvmsg_into",
        signature: "socket.recvmsg_into(buffers, ancbufsize=0, flags=0)",
        does: "recvmsg() that scatters the data into buffers the caller owns.",
        blocks: WAITS,
        returns: "(nbytes, ancdata, msg_flags, address)",
        raises: &[BLOCKED, TIMED_OUT],
        c: "recvmsg(2)",
        rust: "nix::sys::socket::recvmsg with IoSliceMut buffers",
        related: &["socket.recvmsg"],
        shows: "sockref const SCM_RIGHTS",
        ..METHOD
    },
    Entry {
        name: "socket.sendmsg_afalg",
        signature: "socket.sendmsg_afalg([msg], *, op, iv=None, assoclen=None, flags=0)",
        does: "sendmsg() for AF_ALG sockets of the kernel crypto API: the data, with the operation (ALG_OP_ENCRYPT, ...), IV and associated-data length as control messages.",
        blocks: WAITS,
        returns: "the number of bytes sent",
        raises: &[Raise {
            class: "OSError",
            when: "not an AF_ALG socket, or the transform refuses the operation",
        }],
        c: "sendmsg(2) with ALG_SET_OP, ALG_SET_IV, ALG_SET_AEAD_ASSOCLEN",
        rust: "nix::sys::socket::sendmsg with ControlMessage::AlgSetOp, AlgSetIv",
        related: &["socket.sendmsg"],
        shows: "sockref const ALG",
        ..METHOD
    },
];

//! The Rust programs of the calls that make sockets: socketpair and create_server with
//! socket2, send_fds with libc's sendmsg and recvmsg (std has no stable SCM_RIGHTS).

use super::support::Helper;
use super::{Snippet, expr};
use crate::code::{Call, literal, server_address};
use crate::socket_module::pyargs::PyArg;
use crate::socket_module::server::DEFAULT_BACKLOG;

pub fn socketpair(call: &Call) -> Snippet {
    let proto = match call.arg("proto") {
        PyArg::Int(0) | PyArg::None => "None".to_string(),
        p => format!("Some(socket2::Protocol::from({}))", expr(p)),
    };
    Snippet {
        crates: vec!["libc", "socket2"],
        helpers: vec![Helper::Die],
        body: format!(
            "use std::io::{{Read, Write}};\n\
             let family = socket2::Domain::from({});\n\
             let socktype = socket2::Type::from({});\n\
             let (first, second) = socket2::Socket::pair(family, socktype, {proto})\n\
             \x20   .unwrap_or_else(|e| die(\"socketpair\", e));\n\
             let mut buf = [0u8; 4];\n\
             (&first).write_all(b\"ping\").unwrap_or_else(|e| die(\"send\", e));\n\
             let there = (&second).read(&mut buf).is_ok_and(|n| buf[..n] == *b\"ping\");\n\
             println!(\"first_to_second {{}}\", if there {{ \"True\" }} else {{ \"False\" }});\n\
             (&second).write_all(b\"pong\").unwrap_or_else(|e| die(\"send\", e));\n\
             let back = (&first).read(&mut buf).is_ok_and(|n| buf[..n] == *b\"pong\");\n\
             println!(\"second_to_first {{}}\", if back {{ \"True\" }} else {{ \"False\" }});\n",
            expr(call.arg("family")),
            expr(call.arg("type"))
        ),
        ..Snippet::default()
    }
}

pub fn send_fds() -> Snippet {
    Snippet::libc(&[], &[Helper::Die], SEND_FDS.to_string())
}

const SEND_FDS: &str = "\
use std::os::fd::AsRawFd;
use std::os::unix::fs::MetadataExt;
use std::os::unix::net::UnixStream;

let (first, second) = UnixStream::pair().unwrap_or_else(|e| die(\"socketpair\", e));
let path = std::env::temp_dir().join(format!(\"send_fds.{}\", std::process::id()));
let scratch = std::fs::File::create(&path).unwrap_or_else(|e| die(\"open\", e));
let _ = std::fs::remove_file(&path);
let fd: libc::c_int = scratch.as_raw_fd();

// send_fds(sock, [b\"fd\"], [fd]): the bytes, and the descriptor in an SCM_RIGHTS message.
let mut payload = *b\"fd\";
let mut out = [0u64; 4]; // aligned room for CMSG_SPACE(sizeof(int))
let mut iov = libc::iovec { iov_base: payload.as_mut_ptr().cast(), iov_len: payload.len() };
// SAFETY: msghdr is plain data; zeroed is \"no name, no control\" until filled in below.
let mut msg: libc::msghdr = unsafe { std::mem::zeroed() };
msg.msg_iov = &mut iov;
msg.msg_iovlen = 1;
msg.msg_control = out.as_mut_ptr().cast();
// SAFETY: CMSG_SPACE only computes a length.
msg.msg_controllen = unsafe { libc::CMSG_SPACE(4) } as usize;
// SAFETY: the control buffer holds CMSG_SPACE(4) bytes, aligned for a cmsghdr.
unsafe {
    let cmsg = libc::CMSG_FIRSTHDR(&msg);
    (*cmsg).cmsg_level = libc::SOL_SOCKET;
    (*cmsg).cmsg_type = libc::SCM_RIGHTS;
    (*cmsg).cmsg_len = libc::CMSG_LEN(4) as usize;
    std::ptr::write_unaligned(libc::CMSG_DATA(cmsg).cast::<libc::c_int>(), fd);
}
// SAFETY: msg points at live buffers of the lengths it states.
if unsafe { libc::sendmsg(first.as_raw_fd(), &msg, 0) } < 0 {
    die(\"sendmsg\", std::io::Error::last_os_error());
}

// recv_fds(sock, 1024, 4): the bytes, and room for four descriptors.
let mut data = [0u8; 1024];
let mut room = [0u64; 4]; // aligned room for CMSG_SPACE(4 * sizeof(int))
let mut in_iov = libc::iovec { iov_base: data.as_mut_ptr().cast(), iov_len: data.len() };
// SAFETY: as above.
let mut in_msg: libc::msghdr = unsafe { std::mem::zeroed() };
in_msg.msg_iov = &mut in_iov;
in_msg.msg_iovlen = 1;
in_msg.msg_control = room.as_mut_ptr().cast();
// SAFETY: CMSG_LEN only computes a length.
in_msg.msg_controllen = unsafe { libc::CMSG_LEN(16) } as usize;
// SAFETY: in_msg points at live buffers of the lengths it states.
let n = unsafe { libc::recvmsg(second.as_raw_fd(), &mut in_msg, 0) };
if n < 0 {
    die(\"recvmsg\", std::io::Error::last_os_error());
}
let mut received: libc::c_int = -1;
// SAFETY: the kernel filled in_msg's control buffer; the CMSG macros walk within it.
unsafe {
    let mut cmsg = libc::CMSG_FIRSTHDR(&in_msg);
    while !cmsg.is_null() {
        if (*cmsg).cmsg_level == libc::SOL_SOCKET && (*cmsg).cmsg_type == libc::SCM_RIGHTS {
            received = std::ptr::read_unaligned(libc::CMSG_DATA(cmsg).cast::<libc::c_int>());
        }
        cmsg = libc::CMSG_NXTHDR(&in_msg, cmsg);
    }
}
let same = {
    let sent = scratch.metadata().unwrap_or_else(|e| die(\"fstat\", e));
    let mut st: libc::stat = unsafe { std::mem::zeroed() };
    // SAFETY: st is a stat buffer; received is checked.
    received >= 0
        && unsafe { libc::fstat(received, &mut st) } == 0
        && st.st_dev == sent.dev()
        && st.st_ino == sent.ino()
};
println!(\"data {}\", String::from_utf8_lossy(&data[..n as usize]));
println!(\"same_file {}\", if same { \"True\" } else { \"False\" });
println!(\"msg_flags {}\", in_msg.msg_flags);
if received >= 0 {
    // SAFETY: the descriptor arrived for this program and is closed once.
    unsafe { libc::close(received) };
}
";

pub fn create_server(call: &Call) -> Snippet {
    let (ip, port, v6) = server_address(call);
    let address = if v6 {
        format!("[{ip}]:{port}")
    } else {
        format!("{ip}:{port}")
    };
    let backlog = match call.arg("backlog") {
        PyArg::Int(n) => n.to_string(),
        _ => DEFAULT_BACKLOG.to_string(),
    };
    let mut body = format!(
        "use std::os::fd::AsRawFd;\n\
         let address: std::net::SocketAddr = {}.parse().unwrap_or_else(|e| die(\"address\", e));\n\
         let server = socket2::Socket::new(socket2::Domain::for_address(address), socket2::Type::STREAM, None)\n\
         \x20   .unwrap_or_else(|e| die(\"socket\", e));\n\
         server.set_reuse_address(true).unwrap_or_else(|e| die(\"setsockopt\", e));\n",
        literal::rust(&address)
    );
    if call.arg("reuse_port") == &PyArg::Bool(true) {
        body.push_str("server.set_reuse_port(true).unwrap_or_else(|e| die(\"setsockopt\", e));\n");
    }
    if v6 {
        let only = call.arg("dualstack_ipv6") != &PyArg::Bool(true);
        body.push_str(&format!(
            "server.set_only_v6({only}).unwrap_or_else(|e| die(\"setsockopt\", e));\n"
        ));
    }
    body.push_str(&format!(
        "server.bind(&address.into()).unwrap_or_else(|e| die(\"bind\", e));\n\
         server.listen({backlog}).unwrap_or_else(|e| die(\"listen\", e));\n\
         let fd = server.as_raw_fd();\n\
         print_option(fd, libc::SOL_SOCKET, libc::SO_REUSEADDR, \"SO_REUSEADDR\");\n\
         print_option(fd, libc::SOL_SOCKET, libc::SO_REUSEPORT, \"SO_REUSEPORT\");\n\
         print_option(fd, libc::SOL_SOCKET, libc::SO_ACCEPTCONN, \"SO_ACCEPTCONN\");\n"
    ));
    if v6 {
        body.push_str(
            "print_option(fd, libc::IPPROTO_IPV6, libc::IPV6_V6ONLY, \"IPV6_V6ONLY\");\n",
        );
    }
    Snippet {
        crates: vec!["libc", "socket2"],
        helpers: vec![Helper::Die, Helper::PrintOption],
        body,
        ..Snippet::default()
    }
}

/// fromfd of another process's descriptor: the pidfd system calls through libc, then
/// socket2 for what the socket says of itself.
pub fn fromfd(call: &Call) -> Snippet {
    Snippet {
        crates: vec!["libc", "socket2"],
        helpers: vec![Helper::Die, Helper::Names],
        body: crate::code::fill(
            FROMFD,
            &[
                ("pid", &expr(call.arg("pid"))),
                ("fd", &expr(call.arg("fd"))),
            ],
        ),
        ..Snippet::default()
    }
}

const FROMFD: &str = "use std::os::fd::FromRawFd;
// SAFETY: pidfd_open and pidfd_getfd take numbers and return new descriptors or -1.
let pidfd = unsafe { libc::syscall(libc::SYS_pidfd_open, @pid@, 0) };
if pidfd < 0 {
    die(\"pidfd_open\", std::io::Error::last_os_error());
}
let fd = unsafe { libc::syscall(libc::SYS_pidfd_getfd, pidfd as libc::c_int, @fd@, 0) };
let failed = std::io::Error::last_os_error();
// SAFETY: pidfd is this program's and closed once.
unsafe { libc::close(pidfd as libc::c_int) };
if fd < 0 {
    die(\"pidfd_getfd\", failed);
}
// SAFETY: fd is a new descriptor this program now owns.
let socket = unsafe { socket2::Socket::from_raw_fd(fd as libc::c_int) };
let family = socket.domain().map(libc::c_int::from).unwrap_or(0);
let socktype = socket.r#type().map(libc::c_int::from).unwrap_or(0);
let proto = socket.protocol().ok().flatten().map(libc::c_int::from).unwrap_or(0);
println!(\"{} {} {proto}\", family_name(family), type_name(socktype));
let shown = |address: std::io::Result<socket2::SockAddr>| match address {
    Ok(a) => match (a.as_socket(), a.as_pathname()) {
        (Some(ip), _) => format!(\" {} {}\", ip.ip(), ip.port()),
        (None, Some(path)) => format!(\" {}\", path.display()),
        _ => String::new(),
    },
    Err(_) => String::new(),
};
println!(\"laddr{}\", shown(socket.local_addr()));
println!(\"raddr{}\", shown(socket.peer_addr()));
";

//! Ancillary data of sendmsg(2) and recvmsg(2), cmsg(3): the CMSG_LEN and CMSG_SPACE
//! macros, and open descriptors passed over a unix socket in an SCM_RIGHTS message, as
//! Python's `socket.send_fds` and `socket.recv_fds` do.

use std::mem;
use std::os::fd::{AsRawFd, BorrowedFd, FromRawFd, OwnedFd, RawFd};

use libc::{c_int, c_uint, c_void};

use super::errors::{SysError, last_errno};
use super::socket::Socket;

/// `CMSG_LEN(length)`: the `cmsg_len` of a message with `length` bytes of data.
pub fn cmsg_len(length: c_uint) -> c_uint {
    // SAFETY: CMSG_LEN is arithmetic on its argument; it reads no memory.
    unsafe { libc::CMSG_LEN(length) }
}

/// `CMSG_SPACE(length)`: the buffer room of such a message, padding included.
pub fn cmsg_space(length: c_uint) -> c_uint {
    // SAFETY: as for CMSG_LEN.
    unsafe { libc::CMSG_SPACE(length) }
}

/// A control-message buffer aligned for `struct cmsghdr`.
fn control_buffer(space: usize) -> Vec<u64> {
    vec![0u64; space.div_ceil(mem::size_of::<u64>())]
}

/// sendmsg(2) of `data` with `fds` in one SCM_RIGHTS message; the number of bytes sent.
/// Descriptors need at least one byte of data to travel with on a stream socket (the
/// kernel drops them with an empty message), so an empty `data` with descriptors is
/// refused with EINVAL.
pub fn send_fds(s: &Socket, data: &[u8], fds: &[BorrowedFd<'_>]) -> Result<usize, SysError> {
    if data.is_empty() && !fds.is_empty() {
        return Err(SysError::Errno(libc::EINVAL));
    }
    let raw: Vec<RawFd> = fds.iter().map(AsRawFd::as_raw_fd).collect();
    let payload = mem::size_of_val(raw.as_slice());
    let payload_len = c_uint::try_from(payload).map_err(|_| SysError::Errno(libc::EINVAL))?;
    let space = cmsg_space(payload_len) as usize;
    let mut control = control_buffer(space);
    let mut iov = libc::iovec {
        iov_base: data.as_ptr() as *mut c_void,
        iov_len: data.len(),
    };
    // SAFETY: an all-zero msghdr is valid (no name, no buffers); the fields set below
    // point at iov and control, which outlive the sendmsg call.
    let mut msg: libc::msghdr = unsafe { mem::zeroed() };
    msg.msg_iov = &mut iov;
    msg.msg_iovlen = 1;
    msg.msg_control = control.as_mut_ptr().cast();
    msg.msg_controllen = space;
    // SAFETY: msg_control holds `space` bytes, room for one header and `payload` bytes, so
    // CMSG_FIRSTHDR is non-null and the header and CMSG_DATA's `payload` bytes lie inside.
    unsafe {
        let header = libc::CMSG_FIRSTHDR(&msg);
        if header.is_null() {
            return Err(SysError::Errno(libc::EINVAL));
        }
        (*header).cmsg_level = libc::SOL_SOCKET;
        (*header).cmsg_type = libc::SCM_RIGHTS;
        (*header).cmsg_len = cmsg_len(payload_len) as usize;
        std::ptr::copy_nonoverlapping(raw.as_ptr().cast::<u8>(), libc::CMSG_DATA(header), payload);
    }
    loop {
        // SAFETY: msg describes live buffers, as set up above.
        let sent = unsafe { libc::sendmsg(s.as_raw_fd(), &msg, libc::MSG_NOSIGNAL) };
        if sent >= 0 {
            return Ok(sent as usize);
        }
        let errno = last_errno();
        if errno != libc::EINTR {
            return Err(SysError::Errno(errno));
        }
    }
}

/// What recv_fds received.
#[derive(Debug)]
pub struct Received {
    pub data: Vec<u8>,
    /// The descriptors that arrived, new in this process, close-on-exec.
    pub fds: Vec<OwnedFd>,
    /// recvmsg's msg_flags (MSG_CTRUNC when descriptors did not fit).
    pub flags: c_int,
}

/// recvmsg(2) of up to `bufsize` bytes and `maxfds` descriptors (MSG_CMSG_CLOEXEC).
pub fn recv_fds(s: &Socket, bufsize: usize, maxfds: usize) -> Result<Received, SysError> {
    let mut data = vec![0u8; bufsize];
    let payload_len = maxfds
        .checked_mul(mem::size_of::<RawFd>())
        .and_then(|bytes| c_uint::try_from(bytes).ok())
        .ok_or(SysError::Errno(libc::EINVAL))?;
    let space = cmsg_space(payload_len) as usize;
    let mut control = control_buffer(space);
    let mut iov = libc::iovec {
        iov_base: data.as_mut_ptr().cast(),
        iov_len: data.len(),
    };
    // SAFETY: as in send_fds; the buffers outlive the call.
    let mut msg: libc::msghdr = unsafe { mem::zeroed() };
    msg.msg_iov = &mut iov;
    msg.msg_iovlen = 1;
    msg.msg_control = control.as_mut_ptr().cast();
    // CMSG_LEN, not CMSG_SPACE, as Python passes it: room for exactly maxfds descriptors,
    // so that a sender of more gets MSG_CTRUNC rather than a few extra.
    msg.msg_controllen = cmsg_len(payload_len) as usize;
    let got = loop {
        // SAFETY: msg describes writable buffers of the lengths it gives.
        let got = unsafe { libc::recvmsg(s.as_raw_fd(), &mut msg, libc::MSG_CMSG_CLOEXEC) };
        if got >= 0 {
            break got as usize;
        }
        let errno = last_errno();
        if errno != libc::EINTR {
            return Err(SysError::Errno(errno));
        }
    };
    data.truncate(got);
    let end = control.as_ptr().cast::<u8>() as usize + msg.msg_controllen.min(space);
    // SAFETY: msg is what recvmsg just filled, its control buffer (`control`) still
    // alive and ending at `end`.
    let fds = unsafe { descriptors_in(&msg, end) };
    Ok(Received {
        data,
        fds,
        // Linux echoes the MSG_CMSG_CLOEXEC asked for; it says nothing of the message.
        flags: msg.msg_flags & !libc::MSG_CMSG_CLOEXEC,
    })
}

/// The descriptors of the SCM_RIGHTS messages in a received msghdr.
///
/// # Safety
/// `msg` must come from a successful recvmsg whose control buffer is still alive and ends
/// at the address `end`.
unsafe fn descriptors_in(msg: &libc::msghdr, end: usize) -> Vec<OwnedFd> {
    let mut fds = Vec::new();
    // SAFETY: the kernel wrote msg_controllen bytes of headers into msg_control;
    // CMSG_FIRSTHDR/CMSG_NXTHDR stay inside them. A payload is read only as far as both
    // its cmsg_len and the end of what was written allow, so a malformed length cannot
    // read past the buffer. Each SCM_RIGHTS descriptor is now open in this process, owned
    // by nobody else, and wrapped exactly once.
    unsafe {
        let mut header = libc::CMSG_FIRSTHDR(msg);
        while !header.is_null() {
            let declared = (*header).cmsg_len;
            if (*header).cmsg_level == libc::SOL_SOCKET
                && (*header).cmsg_type == libc::SCM_RIGHTS
                && declared >= cmsg_len(0) as usize
            {
                let data = libc::CMSG_DATA(header);
                let room = end.saturating_sub(data as usize);
                let bytes = (declared - cmsg_len(0) as usize).min(room);
                let data = data.cast::<RawFd>();
                for i in 0..bytes / mem::size_of::<RawFd>() {
                    fds.push(OwnedFd::from_raw_fd(data.add(i).read_unaligned()));
                }
            }
            header = libc::CMSG_NXTHDR(msg, header);
        }
    }
    fds
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::{Read, Seek, Write};
    use std::os::fd::AsFd;

    #[test]
    fn the_macros_add_the_header_and_the_padding() {
        let header = mem::size_of::<libc::cmsghdr>() as c_uint;
        assert_eq!(cmsg_len(0), header);
        assert_eq!(cmsg_len(4), header + 4);
        assert_eq!(cmsg_space(4), header + 8);
    }

    #[test]
    fn more_descriptors_than_asked_for_are_cut_and_flagged() {
        let pair = super::super::socket::unix_pair(libc::SOCK_STREAM).expect("a pair");
        let (a, b) = (
            tempfile::tempfile().expect("a"),
            tempfile::tempfile().expect("b"),
        );
        send_fds(&pair.client, b"x", &[a.as_fd(), b.as_fd()]).expect("send");
        let got = recv_fds(&pair.server, 16, 1).expect("recv");
        assert_eq!(got.fds.len(), 1);
        assert_ne!(got.flags & libc::MSG_CTRUNC, 0);
        assert!(send_fds(&pair.client, b"", &[a.as_fd()]).is_err());
    }

    #[test]
    fn a_descriptor_crosses_a_socketpair() {
        let pair = super::super::socket::unix_pair(libc::SOCK_STREAM).expect("a pair");
        let mut file = tempfile::tempfile().expect("a file");
        file.write_all(b"carried").expect("write");
        send_fds(&pair.client, b"x", &[file.as_fd()]).expect("send");
        let got = recv_fds(&pair.server, 16, 4).expect("recv");
        assert_eq!(got.data, b"x");
        assert_eq!(got.fds.len(), 1);
        let mut arrived = std::fs::File::from(got.fds.into_iter().next().expect("one fd"));
        arrived.rewind().expect("seek");
        let mut text = String::new();
        arrived.read_to_string(&mut text).expect("read");
        assert_eq!(text, "carried");
    }
}

//! Safe wrappers over getsockopt(2) and setsockopt(2); the sockets themselves come from
//! [`super::socket`].
//!
//! Values are read the way the kernel hands them out: an `int` for most options, a
//! `struct linger` (socket(7) SO_LINGER), a `struct timeval` (SO_RCVTIMEO, SO_SNDTIMEO),
//! a `struct ucred` (unix(7) SO_PEERCRED), a string (SO_BINDTODEVICE, TCP_CONGESTION) or
//! a `struct tcp_info` (tcp(7) TCP_INFO, decoded in [`super::tcp_info`]).

use std::mem::{self, MaybeUninit};
use std::os::fd::AsRawFd;
use std::time::Duration;

use libc::{c_int, socklen_t};

use super::errors::{SysError, last_errno};
use super::socket::Socket;

/// `struct linger` of socket(7): whether close(2) waits for unsent data, and how long.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Linger {
    pub on: bool,
    pub seconds: i32,
}

/// `struct timeval` of SO_RCVTIMEO and SO_SNDTIMEO; zero means "block for ever".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Timeval {
    pub seconds: i64,
    pub microseconds: i64,
}

impl From<Duration> for Timeval {
    /// A wait as SO_RCVTIMEO and SO_SNDTIMEO take it, whole microseconds.
    fn from(d: Duration) -> Timeval {
        Timeval {
            seconds: i64::try_from(d.as_secs()).unwrap_or(i64::MAX),
            microseconds: i64::from(d.subsec_micros()),
        }
    }
}

/// `struct ucred` of SO_PEERCRED: the peer process of a unix socket when it connected.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Ucred {
    pub pid: i32,
    pub uid: u32,
    pub gid: u32,
}

/// C types any bit pattern of which is a valid value, so that the kernel may fill them.
///
/// # Safety
///
/// Implement only for plain C structs of integers (and arrays of them): no pointers, no
/// enums, no references.
unsafe trait Plain: Copy {}

// SAFETY: integers and structs made only of integer fields.
unsafe impl Plain for c_int {}
// SAFETY: as above.
unsafe impl Plain for libc::linger {}
// SAFETY: as above.
unsafe impl Plain for libc::timeval {}
// SAFETY: as above.
unsafe impl Plain for libc::ucred {}
// SAFETY: as above (u8, u16, u32 and u64 fields only).
unsafe impl Plain for libc::tcp_info {}

/// getsockopt(2) into a `T`; also returns how many bytes the kernel wrote.
fn get<T: Plain>(s: &Socket, level: c_int, name: c_int) -> Result<(T, usize), SysError> {
    let mut value = MaybeUninit::<T>::zeroed();
    let mut len = mem::size_of::<T>() as socklen_t;
    // SAFETY: value is writable for len bytes and len lives across the call; the kernel
    // writes at most len bytes and stores the length it wrote.
    let rc = unsafe {
        libc::getsockopt(
            s.as_raw_fd(),
            level,
            name,
            value.as_mut_ptr().cast(),
            &mut len,
        )
    };
    if rc != 0 {
        return Err(SysError::Errno(last_errno()));
    }
    // SAFETY: T is Plain, so the zeroed bytes overwritten by the kernel are a valid T.
    Ok((unsafe { value.assume_init() }, len as usize))
}

/// setsockopt(2) with a `T`.
fn set<T: Plain>(s: &Socket, level: c_int, name: c_int, value: &T) -> Result<(), SysError> {
    // SAFETY: value is a live T, readable for size_of::<T>() bytes during the call.
    let rc = unsafe {
        libc::setsockopt(
            s.as_raw_fd(),
            level,
            name,
            (value as *const T).cast(),
            mem::size_of::<T>() as socklen_t,
        )
    };
    if rc != 0 {
        return Err(SysError::Errno(last_errno()));
    }
    Ok(())
}

/// getsockopt(2) into an `int`: what Python's `getsockopt(level, optname)` returns, whatever
/// the option's real type (the kernel copies at most `sizeof(int)` bytes of it).
pub fn get_int(s: &Socket, level: i32, name: i32) -> Result<i32, SysError> {
    get::<c_int>(s, level, name).map(|(v, _)| v)
}

/// setsockopt(2) with an `int`, as Python's `setsockopt(level, optname, int)`.
pub fn set_int(s: &Socket, level: i32, name: i32, value: i32) -> Result<(), SysError> {
    set(s, level, name, &value)
}

/// getsockopt(2) into a buffer of `buflen` bytes, as Python's `getsockopt(level, optname,
/// buflen)`; returns the bytes the kernel wrote.
pub fn get_bytes(s: &Socket, level: i32, name: i32, buflen: usize) -> Result<Vec<u8>, SysError> {
    let mut buf = vec![0u8; buflen];
    let mut len = socklen_t::try_from(buflen).unwrap_or(socklen_t::MAX);
    // SAFETY: buf is writable for len bytes (len <= buf.len()); the kernel writes at most
    // len bytes and stores the length it wrote.
    let rc = unsafe {
        libc::getsockopt(
            s.as_raw_fd(),
            level,
            name,
            buf.as_mut_ptr().cast(),
            &mut len,
        )
    };
    if rc != 0 {
        return Err(SysError::Errno(last_errno()));
    }
    buf.truncate(len as usize);
    Ok(buf)
}

/// setsockopt(2) with a byte buffer, as Python's `setsockopt(level, optname, bytes)`.
pub fn set_bytes(s: &Socket, level: i32, name: i32, bytes: &[u8]) -> Result<(), SysError> {
    let len = socklen_t::try_from(bytes.len()).map_err(|_| SysError::Errno(libc::EINVAL))?;
    // SAFETY: bytes is readable for len bytes during the call.
    let rc = unsafe { libc::setsockopt(s.as_raw_fd(), level, name, bytes.as_ptr().cast(), len) };
    if rc != 0 {
        return Err(SysError::Errno(last_errno()));
    }
    Ok(())
}

/// SO_LINGER.
pub fn get_linger(s: &Socket) -> Result<Linger, SysError> {
    let (l, _) = get::<libc::linger>(s, libc::SOL_SOCKET, libc::SO_LINGER)?;
    Ok(Linger {
        on: l.l_onoff != 0,
        seconds: l.l_linger,
    })
}

/// Sets SO_LINGER.
pub fn set_linger(s: &Socket, linger: Linger) -> Result<(), SysError> {
    let l = libc::linger {
        l_onoff: c_int::from(linger.on),
        l_linger: linger.seconds,
    };
    set(s, libc::SOL_SOCKET, libc::SO_LINGER, &l)
}

/// A `struct timeval` option (SO_RCVTIMEO, SO_SNDTIMEO).
pub fn get_timeval(s: &Socket, level: i32, name: i32) -> Result<Timeval, SysError> {
    let (tv, _) = get::<libc::timeval>(s, level, name)?;
    Ok(Timeval {
        seconds: tv.tv_sec,
        microseconds: tv.tv_usec,
    })
}

/// Sets a `struct timeval` option.
pub fn set_timeval(s: &Socket, level: i32, name: i32, tv: Timeval) -> Result<(), SysError> {
    let c = libc::timeval {
        tv_sec: tv.seconds,
        tv_usec: tv.microseconds,
    };
    set(s, level, name, &c)
}

/// SO_PEERCRED.
pub fn get_peercred(s: &Socket) -> Result<Ucred, SysError> {
    let (c, _) = get::<libc::ucred>(s, libc::SOL_SOCKET, libc::SO_PEERCRED)?;
    Ok(Ucred {
        pid: c.pid,
        uid: c.uid,
        gid: c.gid,
    })
}

/// TCP_INFO: the struct as the kernel filled it, and how many bytes of it it wrote (an
/// older kernel, or another netstack, fills only a prefix).
pub(super) fn get_tcp_info(s: &Socket) -> Result<(libc::tcp_info, usize), SysError> {
    get::<libc::tcp_info>(s, libc::IPPROTO_TCP, libc::TCP_INFO)
}

/// A string option (SO_BINDTODEVICE, TCP_CONGESTION) of at most `max` bytes, up to its NUL.
pub fn get_string(s: &Socket, level: i32, name: i32, max: usize) -> Result<Vec<u8>, SysError> {
    let mut bytes = get_bytes(s, level, name, max)?;
    if let Some(nul) = bytes.iter().position(|&b| b == 0) {
        bytes.truncate(nul);
    }
    Ok(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fresh_tcp_socket_reads_back_what_was_set() {
        let s =
            super::super::socket::open(libc::AF_INET, libc::SOCK_STREAM, 0).expect("a TCP socket");
        assert_eq!(
            get_int(&s, libc::SOL_SOCKET, libc::SO_TYPE),
            Ok(libc::SOCK_STREAM)
        );
        set_int(&s, libc::IPPROTO_TCP, libc::TCP_NODELAY, 1).expect("TCP_NODELAY");
        assert_eq!(get_int(&s, libc::IPPROTO_TCP, libc::TCP_NODELAY), Ok(1));
        let l = Linger {
            on: true,
            seconds: 5,
        };
        set_linger(&s, l).expect("SO_LINGER");
        assert_eq!(get_linger(&s), Ok(l));
        assert_eq!(
            get_int(&s, libc::SOL_SOCKET, 99_999),
            Err(SysError::Errno(libc::ENOPROTOOPT))
        );
    }

    #[test]
    fn durations_become_whole_microseconds() {
        let tv = Timeval::from(Duration::from_micros(1_500_250));
        assert_eq!((tv.seconds, tv.microseconds), (1, 500_250));
    }
}

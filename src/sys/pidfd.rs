//! A duplicate of another process's descriptor, taken with pidfd_open(2) and
//! pidfd_getfd(2) (Linux 5.6 and later): what lets sockref read the options of a socket
//! some other program holds. Taking the duplicate changes nothing in that process.

use std::os::fd::{FromRawFd, OwnedFd};

use super::errors::last_errno;

/// Why a descriptor could not be taken.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TakeError {
    /// No process with that pid (ESRCH from pidfd_open).
    NoProcess,
    /// The process exists but ended before its descriptor was taken (ESRCH from
    /// pidfd_getfd).
    Exited,
    /// The process has no such descriptor (EBADF).
    NoDescriptor,
    /// Not permitted: ptrace access mode PTRACE_MODE_ATTACH_REALCREDS is needed (EPERM).
    NotPermitted,
    /// The kernel has no pidfd_open or pidfd_getfd (ENOSYS).
    Unsupported,
    /// Any other errno.
    Other(i32),
}

/// A duplicate of descriptor `fd` of process `pid`, close-on-exec.
pub fn take(pid: i32, fd: i32) -> Result<OwnedFd, TakeError> {
    // SAFETY: pidfd_open takes a pid and flags and returns a new descriptor or -1.
    let pidfd = unsafe { libc::syscall(libc::SYS_pidfd_open, pid, 0) };
    if pidfd < 0 {
        return Err(match last_errno() {
            libc::ESRCH | libc::EINVAL => TakeError::NoProcess,
            e => common(e),
        });
    }
    // SAFETY: pidfd_open returned a descriptor this process now owns.
    let pidfd = unsafe { OwnedFd::from_raw_fd(pidfd as i32) };
    let raw = std::os::fd::AsRawFd::as_raw_fd(&pidfd);
    // SAFETY: pidfd_getfd takes a pidfd, a descriptor number and flags (0) and returns a
    // new descriptor, close-on-exec, or -1.
    let dup = unsafe { libc::syscall(libc::SYS_pidfd_getfd, raw, fd, 0) };
    if dup < 0 {
        return Err(match last_errno() {
            libc::ESRCH => TakeError::Exited,
            libc::EBADF => TakeError::NoDescriptor,
            e => common(e),
        });
    }
    // SAFETY: pidfd_getfd returned a descriptor this process now owns.
    Ok(unsafe { OwnedFd::from_raw_fd(dup as i32) })
}

fn common(errno: i32) -> TakeError {
    match errno {
        libc::EPERM | libc::EACCES => TakeError::NotPermitted,
        libc::ENOSYS => TakeError::Unsupported,
        e => TakeError::Other(e),
    }
}

/// Whether a descriptor is a socket (fstat's S_IFSOCK).
pub fn is_socket(fd: &OwnedFd) -> bool {
    let raw = std::os::fd::AsRawFd::as_raw_fd(fd);
    // SAFETY: stat is plain data, filled by fstat on a descriptor this process owns.
    let mut st: libc::stat = unsafe { std::mem::zeroed() };
    // SAFETY: as above.
    let ok = unsafe { libc::fstat(raw, &mut st) } == 0;
    ok && st.st_mode & libc::S_IFMT == libc::S_IFSOCK
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_descriptor_of_this_process_can_be_taken() {
        let socket = std::net::UdpSocket::bind("127.0.0.1:0").expect("a socket");
        let fd = std::os::fd::AsRawFd::as_raw_fd(&socket);
        let me = std::process::id() as i32;
        match take(me, fd) {
            Ok(dup) => {
                assert!(is_socket(&dup));
                assert_eq!(take(me, 9999).err(), Some(TakeError::NoDescriptor));
            }
            // Kernels before 5.6, and seccomp sandboxes, refuse it.
            Err(TakeError::Unsupported | TakeError::NotPermitted) => {}
            Err(e) => panic!("{e:?}"),
        }
    }
}

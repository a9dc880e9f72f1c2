//! The start of the process, for a binary that begins at the C library's `main` rather
//! than at Rust's runtime start-up.
//!
//! Rust's start-up finds the main thread's stack by reading /proc/self/maps (through
//! pthread_getattr_np) to install a stack-overflow handler on an alternate signal stack.
//! For a one-lookup process that was about a tenth of a millisecond, a tenth of the
//! whole run of `getent services https`. The binary skips it; what else the start-up does
//! that sockref relies on is done here: the standard descriptors exist, and SIGPIPE is
//! ignored so that a closed pipe is an EPIPE write error rather than a kill. (Without the
//! handler a stack overflow ends the process with SIGSEGV and no message; nothing in
//! sockref recurses without bound.)

use std::ffi::CStr;

/// Makes fds 0, 1 and 2 valid and ignores SIGPIPE, as Rust's start-up does before `main`.
///
/// A closed standard descriptor is opened on /dev/null: otherwise the next socket would get
/// fd 1 and the report would be written into it. Should even that fail, the process aborts,
/// as Rust's start-up does.
pub fn start() {
    let mut fds = [0, 1, 2].map(|fd| libc::pollfd {
        fd,
        events: 0,
        revents: 0,
    });
    // SAFETY: `fds` is a valid array of three pollfd for the whole call; a zero timeout
    // makes poll only report POLLNVAL for a closed descriptor.
    let polled = unsafe { libc::poll(fds.as_mut_ptr(), 3, 0) };
    for pfd in &fds {
        let closed = if polled >= 0 {
            pfd.revents & libc::POLLNVAL != 0
        } else {
            // poll itself failed (ENOMEM, say): ask each descriptor instead.
            // SAFETY: F_GETFD only reads the descriptor's flags.
            let flags = unsafe { libc::fcntl(pfd.fd, libc::F_GETFD) };
            flags == -1 && std::io::Error::last_os_error().raw_os_error() == Some(libc::EBADF)
        };
        if closed && !reopen_on_dev_null(pfd.fd) {
            std::process::abort();
        }
    }
    // SAFETY: setting a signal's disposition to SIG_IGN installs no handler code; the
    // previous disposition is not needed.
    unsafe { libc::signal(libc::SIGPIPE, libc::SIG_IGN) };
}

/// Opens /dev/null on `fd`, the lowest free descriptor since every lower one is open.
fn reopen_on_dev_null(fd: i32) -> bool {
    const DEV_NULL: &CStr = c"/dev/null";
    // SAFETY: DEV_NULL is a NUL-terminated path; the descriptor returned is kept open for
    // the life of the process as the standard stream it stands in for.
    let opened = unsafe { libc::open(DEV_NULL.as_ptr(), libc::O_RDWR) };
    opened == fd
}

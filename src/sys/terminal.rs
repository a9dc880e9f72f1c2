//! The width of the terminal on stdout, from the TIOCGWINSZ ioctl (tty_ioctl(4)).

/// Columns of the terminal on stdout; `None` when stdout is not a terminal or the
/// terminal reports no size (a pty that says 0x0).
pub fn stdout_columns() -> Option<u16> {
    // SAFETY: winsize is plain data; all zeroes is a valid value that the ioctl overwrites.
    let mut size: libc::winsize = unsafe { std::mem::zeroed() };
    // SAFETY: TIOCGWINSZ writes one struct winsize through the pointer, which is valid and
    // writable; on a descriptor that is not a terminal it fails with ENOTTY and writes
    // nothing.
    let rc = unsafe { libc::ioctl(libc::STDOUT_FILENO, libc::TIOCGWINSZ, &mut size) };
    (rc == 0 && size.ws_col > 0).then_some(size.ws_col)
}

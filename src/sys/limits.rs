//! Process limits a busy echo server runs into: RLIMIT_NOFILE, the number of descriptors
//! it may hold (getrlimit(2)). Each connection takes one, and the usual soft limit (1024)
//! is below the connection bound of `echo --serve`.

use super::errors::{SysError, last_errno};

/// The soft and hard RLIMIT_NOFILE after the change.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct OpenFiles {
    pub soft: u64,
    pub hard: u64,
}

/// Raises the soft RLIMIT_NOFILE to the hard limit, which an unprivileged process may do
/// (setrlimit(2)); the limits in force afterwards.
pub fn raise_open_files() -> Result<OpenFiles, SysError> {
    let mut limit = libc::rlimit {
        rlim_cur: 0,
        rlim_max: 0,
    };
    // SAFETY: `limit` is a valid, writable `struct rlimit` for getrlimit to fill.
    if unsafe { libc::getrlimit(libc::RLIMIT_NOFILE, &mut limit) } != 0 {
        return Err(SysError::Errno(last_errno()));
    }
    if limit.rlim_cur < limit.rlim_max {
        let raised = libc::rlimit {
            rlim_cur: limit.rlim_max,
            rlim_max: limit.rlim_max,
        };
        // SAFETY: `raised` is a valid `struct rlimit` that setrlimit only reads.
        if unsafe { libc::setrlimit(libc::RLIMIT_NOFILE, &raised) } == 0 {
            limit = raised;
        }
    }
    Ok(OpenFiles {
        soft: limit.rlim_cur,
        hard: limit.rlim_max,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_soft_limit_ends_at_the_hard_one() {
        let limits = raise_open_files().expect("getrlimit");
        assert_eq!(limits.soft, limits.hard);
        assert!(limits.soft >= 64);
    }
}

//! Ctrl-C for the long echo runs (`--serve`, `--bench`, `--connections`): SIGINT sets a
//! flag that their loops check between bounded waits, so that they stop cleanly, report
//! what they have, and the program exits 130. A second Ctrl-C ends the process at once,
//! also with 130, in case something is stuck.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, OnceLock};

use signal_hook::consts::SIGINT;
use signal_hook::flag;

use super::errors::SysError;

/// The exit status of a process that SIGINT ended: 128 + 2.
pub const INTERRUPTED_STATUS: i32 = 130;

/// Whether Ctrl-C was pressed since [`watch`] was first called.
#[derive(Debug, Clone)]
pub struct Interrupt {
    flag: Arc<AtomicBool>,
}

impl Interrupt {
    /// A flag that no signal sets, for runs that are not to be interrupted (tests, and the
    /// in-process server of `--connections`, which its owner stops).
    pub fn never() -> Interrupt {
        Interrupt {
            flag: Arc::new(AtomicBool::new(false)),
        }
    }

    /// Whether the flag is set.
    pub fn is_set(&self) -> bool {
        self.flag.load(Ordering::Relaxed)
    }

    /// Sets the flag by hand, as SIGINT would.
    pub fn set(&self) {
        self.flag.store(true, Ordering::Relaxed);
    }
}

/// Installs the SIGINT handlers once per process and returns the flag they set. The first
/// SIGINT only sets the flag; a second one, with the flag already set, exits with
/// [`INTERRUPTED_STATUS`] (signal-hook's conditional shutdown, which calls `_exit(2)`).
pub fn watch() -> Result<Interrupt, SysError> {
    static INSTALLED: OnceLock<Result<Interrupt, i32>> = OnceLock::new();
    let installed = INSTALLED.get_or_init(|| {
        let interrupt = Interrupt::never();
        let errno = |e: std::io::Error| e.raw_os_error().unwrap_or(libc::EINVAL);
        flag::register_conditional_shutdown(SIGINT, INTERRUPTED_STATUS, interrupt.flag.clone())
            .map_err(errno)?;
        flag::register(SIGINT, interrupt.flag.clone()).map_err(errno)?;
        Ok(interrupt)
    });
    installed.clone().map_err(SysError::Errno)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_flag_set_by_hand_is_seen_by_its_clones() {
        let i = Interrupt::never();
        let seen_by = i.clone();
        assert!(!seen_by.is_set());
        i.set();
        assert!(seen_by.is_set());
    }

    #[test]
    fn watching_twice_gives_the_same_flag() {
        let a = watch().expect("handlers");
        let b = watch().expect("handlers");
        assert!(Arc::ptr_eq(&a.flag, &b.flag));
    }
}

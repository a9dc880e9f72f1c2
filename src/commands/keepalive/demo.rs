//! `sockref keepalive --demo`: an application heartbeat over a loopback TCP pair, beside
//! the TCP keepalive settings in force. The heartbeat itself is
//! [`crate::echo::experiments::heartbeat`].

use std::time::Duration;

use serde::Serialize;

use super::KeepaliveReport;
use crate::cli::KeepaliveArgs;
use crate::echo::experiments::heartbeat::{self, HeartbeatRun};
use crate::error::{Error, Result};
use crate::exit::ExitStatus;
use crate::socket_module::parse::parse_int;

/// Milliseconds between heartbeats unless `--heartbeat` says otherwise.
pub const DEFAULT_HEARTBEAT_MS: u64 = 100;
/// Missed beats before the peer is declared dead unless `--misses` says otherwise.
pub const DEFAULT_MISSES: u32 = 3;

/// The keepalive report with the heartbeat run beside it.
#[derive(Debug, Clone, Serialize)]
pub struct KeepaliveDemoReport {
    #[serde(flatten)]
    pub keepalive: KeepaliveReport,
    pub demo: HeartbeatRun,
}

impl KeepaliveDemoReport {
    /// 0 when the peer was declared dead as expected, else 1.
    pub fn exit_status(&self) -> ExitStatus {
        let demo = if self.demo.declared_dead_ms.is_some() {
            ExitStatus::Success
        } else {
            ExitStatus::No
        };
        demo.worst(self.keepalive.exit_status())
    }
}

/// Runs `keepalive --demo`.
pub fn run(args: &KeepaliveArgs) -> Result<KeepaliveDemoReport> {
    let heartbeat = bounded(
        args.heartbeat.as_deref(),
        "--heartbeat",
        DEFAULT_HEARTBEAT_MS,
        10,
        2000,
    )?;
    let misses = bounded(
        args.misses.as_deref(),
        "--misses",
        DEFAULT_MISSES.into(),
        1,
        10,
    )?;
    let misses = u32::try_from(misses).unwrap_or(DEFAULT_MISSES);
    let keepalive = super::run(args)?;
    let demo = heartbeat::run(Duration::from_millis(heartbeat), misses)?;
    Ok(KeepaliveDemoReport { keepalive, demo })
}

fn bounded(text: Option<&str>, flag: &str, default: u64, min: u64, max: u64) -> Result<u64> {
    let Some(text) = text else {
        return Ok(default);
    };
    parse_int(text)
        .ok()
        .and_then(|n| u64::try_from(n).ok())
        .filter(|n| (min..=max).contains(n))
        .ok_or_else(|| {
            Error::input(
                "keepalive",
                format!("{flag} {text}"),
                format!("must be {min}-{max}"),
            )
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn flags_are_bounded() {
        assert_eq!(bounded(None, "--misses", 3, 1, 10).ok(), Some(3));
        assert_eq!(bounded(Some("10"), "--misses", 3, 1, 10).ok(), Some(10));
        assert!(bounded(Some("0"), "--misses", 3, 1, 10).is_err());
        assert!(bounded(Some("-5"), "--heartbeat", 100, 10, 2000).is_err());
    }
}

//! `sockref keepalive --demo`: an application heartbeat over a loopback TCP pair, beside
//! the TCP keepalive settings in force. The heartbeat itself is
//! [`crate::echo::experiments::heartbeat`].

use std::borrow::Cow;

use serde::Serialize;

use super::KeepaliveReport;
use crate::cli::KeepaliveArgs;
use crate::echo::experiments::heartbeat::{self, HeartbeatRun};
use crate::error::{Error, Result};
use crate::exit::ExitStatus;
use crate::report::Report;

/// The keepalive report with the heartbeat run beside it.
#[derive(Debug, Clone, Serialize)]
pub struct KeepaliveDemoReport {
    #[serde(flatten)]
    pub keepalive: KeepaliveReport,
    pub demo: HeartbeatRun,
}

impl Report for KeepaliveDemoReport {
    /// 0 when the peer was declared dead as expected, else 1.
    fn exit_status(&self) -> ExitStatus {
        let demo = if self.demo.declared_dead_ms.is_some() {
            ExitStatus::Success
        } else {
            ExitStatus::No
        };
        demo.worst(self.keepalive.exit_status())
    }

    fn failures(&self) -> Vec<Cow<'_, Error>> {
        let mut failures = self.keepalive.failures();
        if self.demo.declared_dead_ms.is_none() {
            failures.push(Cow::Owned(Error::check_failed(
                "keepalive --demo",
                format!(
                    "heartbeat={}ms, misses={}",
                    self.demo.heartbeat_ms, self.demo.misses
                ),
                "the client never declared the silent server dead within the run's bound",
            )));
        }
        failures
    }
}

/// Runs `keepalive --demo`.
pub fn run(args: &KeepaliveArgs) -> Result<KeepaliveDemoReport> {
    let keepalive = super::run(args)?;
    let demo = heartbeat::run(args.heartbeat, args.misses)?;
    Ok(KeepaliveDemoReport { keepalive, demo })
}

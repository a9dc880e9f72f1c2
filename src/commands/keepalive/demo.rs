//! `sockref keepalive --demo`: an application heartbeat over a loopback TCP pair, beside
//! the TCP keepalive settings in force. The heartbeat itself is
//! [`crate::echo::experiments::heartbeat`].

use serde::Serialize;

use super::KeepaliveReport;
use crate::cli::KeepaliveArgs;
use crate::echo::experiments::heartbeat::{self, HeartbeatRun};
use crate::error::Result;
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

    fn failures(&self) -> Vec<std::borrow::Cow<'_, crate::error::Error>> {
        self.keepalive.failures()
    }
}

/// Runs `keepalive --demo`.
pub fn run(args: &KeepaliveArgs) -> Result<KeepaliveDemoReport> {
    let keepalive = super::run(args)?;
    let demo = heartbeat::run(args.heartbeat, args.misses)?;
    Ok(KeepaliveDemoReport { keepalive, demo })
}

//! `sockref echo`: the loopback echo pair over each chosen transport, one after the
//! other, as one report (DESIGN.md section 5). The engine is [`crate::echo`].

use std::time::Duration;

use std::borrow::Cow;

use serde::Serialize;

use super::args::picked;
use crate::cli::EchoArgs;
use crate::echo::{self, EchoPlan, EchoStatus, TransportRun};
use crate::error::Error;
use crate::exit::ExitStatus;
use crate::report::Report;

/// Small ping-pongs after the size sweep, for the round-trip percentiles.
pub const PINGS: usize = 100;
/// Ping-pongs under `--trace`, where each one adds four lines to the sequence.
pub const TRACE_PINGS: usize = 4;

/// Every transport's run.
#[derive(Debug, Clone, Serialize)]
pub struct EchoReport {
    pub transports: Vec<TransportRun>,
    /// The small ping-pongs each transport sent after the size sweep.
    pub pings: usize,
    /// The timeout of every blocking call, in seconds.
    pub timeout_s: f64,
}

impl Report for EchoReport {
    /// 0 when every transport the host offers passed, 1 when one failed.
    fn exit_status(&self) -> ExitStatus {
        if self
            .transports
            .iter()
            .any(|t| t.status == EchoStatus::Failed)
        {
            ExitStatus::No
        } else {
            ExitStatus::Success
        }
    }

    fn failures(&self) -> Vec<Cow<'_, Error>> {
        let rows = self.transports.iter();
        super::failed_rows(
            "echo",
            rows.map(|t| (t.transport.to_string(), t.status, t.error.as_ref())),
        )
    }
}

/// The echo pair over each transport asked for.
pub fn sweep(args: &EchoArgs, timeout: Duration) -> EchoReport {
    let plan = plan(args.trace, timeout);
    let runs = picked(&args.transports)
        .into_iter()
        .map(|t| echo::run(t, &plan))
        .collect();
    report(runs, &plan)
}

/// What each transport sends: [`PINGS`] pings, or [`TRACE_PINGS`] under `--trace`.
pub fn plan(trace: bool, timeout: Duration) -> EchoPlan {
    EchoPlan {
        pings: if trace { TRACE_PINGS } else { PINGS },
        timeout,
        trace,
    }
}

/// The report of `runs` made with `plan`.
pub fn report(transports: Vec<TransportRun>, plan: &EchoPlan) -> EchoReport {
    EchoReport {
        transports,
        pings: plan.pings,
        timeout_s: plan.timeout.as_secs_f64(),
    }
}

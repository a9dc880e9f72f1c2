//! `echo --bench` and `echo --connections`: the measurements of the echo pair, as typed
//! reports. The engines are [`crate::echo::bench`] and [`crate::echo::connections`].

use std::borrow::Cow;
use std::time::Duration;

use serde::Serialize;

use super::args::{bench_duration, message_size, picked, watch_interrupt};
use crate::cli::EchoArgs;
use crate::echo::EchoStatus;
use crate::echo::bench::{self, BenchPlan, BenchRun, WRITE_SIZE};
use crate::echo::connections::{self, ConnectionMode, ConnectionsPlan, ConnectionsRun};
use crate::echo::transport::{EchoTransport, MAX_MESSAGE};
use crate::error::{Error, Result};
use crate::exit::ExitStatus;
use crate::report::Report;

/// The largest `--size` of a `--connections` request: a request and its echo are written
/// and read on one thread, so both must fit the socket buffers.
pub const MAX_REQUEST_SIZE: usize = 64 * 1024;

/// Every transport's benchmark.
#[derive(Debug, Clone, Serialize)]
pub struct BenchReport {
    pub transports: Vec<BenchRun>,
    /// Seconds each measurement ran for (the ping-pong's warm-up comes before).
    pub duration_s: f64,
    pub warmup_s: f64,
    /// Bytes per ping-pong message.
    pub size: usize,
    /// Bytes per write of the throughput runs.
    pub write_size: usize,
    /// Whether Ctrl-C cut the run short.
    pub interrupted: bool,
    /// The echo server of `--bench --connect ADDR`; null for the loopback pair.
    pub connect: Option<String>,
    /// Streams of the throughput run.
    pub streams: usize,
}

impl Report for BenchReport {
    /// 130 when interrupted, 1 when a transport failed, else 0.
    fn exit_status(&self) -> ExitStatus {
        status_of(self.interrupted, self.transports.iter().map(|t| t.status))
    }

    fn failures(&self) -> Vec<Cow<'_, Error>> {
        let rows = self.transports.iter();
        super::failed_rows(
            "echo --bench",
            rows.map(|t| (t.transport.to_string(), t.status, t.error.as_ref())),
        )
    }
}

/// Every connection mode's run.
#[derive(Debug, Clone, Serialize)]
pub struct ConnectionsReport {
    pub runs: Vec<ConnectionsRun>,
    pub requests: u32,
    pub size: usize,
    pub interrupted: bool,
}

impl Report for ConnectionsReport {
    /// 130 when interrupted, 1 when a run failed, else 0.
    fn exit_status(&self) -> ExitStatus {
        status_of(self.interrupted, self.runs.iter().map(|r| r.status))
    }

    fn failures(&self) -> Vec<Cow<'_, Error>> {
        let rows = self.runs.iter();
        super::failed_rows(
            "echo --connections",
            rows.map(|r| {
                (
                    format!("{}, {}", r.mode.name(), r.transport),
                    r.status,
                    r.error.as_ref(),
                )
            }),
        )
    }
}

fn status_of(interrupted: bool, mut statuses: impl Iterator<Item = EchoStatus>) -> ExitStatus {
    if interrupted {
        ExitStatus::Interrupted
    } else if statuses.any(|s| s == EchoStatus::Failed) {
        ExitStatus::No
    } else {
        ExitStatus::Success
    }
}

/// Runs `echo --bench`.
pub fn bench(args: &EchoArgs, timeout: Duration) -> Result<BenchReport> {
    let duration = bench_duration(args.duration)?;
    let size = message_size(args.size, MAX_MESSAGE)?;
    let plan = BenchPlan {
        duration,
        size,
        timeout,
        interrupt: watch_interrupt(),
    };
    let mut transports = Vec::new();
    for transport in picked(&args.transports) {
        if plan.interrupt.is_set() {
            break;
        }
        transports.push(bench::run(transport, &plan));
    }
    Ok(BenchReport {
        transports,
        duration_s: duration.as_secs_f64(),
        warmup_s: plan.warmup().as_secs_f64(),
        size,
        write_size: WRITE_SIZE,
        interrupted: plan.interrupt.is_set(),
        connect: None,
        streams: 1,
    })
}

/// Runs `echo --bench --connect ADDR`: the benchmark against an echo server of any kind.
pub fn bench_connect(
    text: &str,
    args: &EchoArgs,
    ctx: &crate::commands::Context,
) -> Result<BenchReport> {
    let call = "echo --bench --connect";
    let (transport, address) = super::serve::endpoint(call, text, args)?;
    crate::echo::server::servable(transport).map_err(|_| {
        Error::input(
            call,
            transport.name(),
            "connects over tcp4, tcp6, udp4 or udp6",
        )
    })?;
    super::serve::check_reach(call, text, address, args.allow_remote, ctx)?;
    let duration = bench_duration(args.duration)?;
    let size = message_size(args.size, MAX_MESSAGE)?;
    let plan = BenchPlan {
        duration,
        size,
        timeout: ctx.timeout,
        interrupt: watch_interrupt(),
    };
    let row = crate::echo::bench_remote::run(
        transport,
        &socket2::SockAddr::from(address),
        &plan,
        usize::from(args.streams),
    );
    Ok(BenchReport {
        transports: vec![row],
        duration_s: duration.as_secs_f64(),
        warmup_s: plan.warmup().as_secs_f64(),
        size,
        write_size: WRITE_SIZE,
        interrupted: plan.interrupt.is_set(),
        connect: Some(address.to_string()),
        streams: usize::from(args.streams),
    })
}

/// Runs `echo --connections` in each of `modes`.
pub fn connections(
    args: &EchoArgs,
    modes: &[ConnectionMode],
    timeout: Duration,
) -> Result<ConnectionsReport> {
    let size = message_size(args.size, MAX_REQUEST_SIZE)?;
    let transports = if args.transports.is_empty() {
        vec![EchoTransport::Tcp4]
    } else {
        picked(&args.transports)
    };
    if let Some(other) = transports
        .iter()
        .find(|t| !matches!(t, EchoTransport::Tcp4 | EchoTransport::Tcp6))
    {
        return Err(Error::input(
            "echo --connections",
            format!("--transport {other}"),
            "connections are TCP: use tcp4 or tcp6",
        ));
    }
    let interrupt = watch_interrupt();
    let mut runs = Vec::new();
    for &transport in &transports {
        let plan = ConnectionsPlan {
            transport,
            requests: args.requests.min(connections::MAX_REQUESTS),
            size,
            timeout,
            interrupt: interrupt.clone(),
        };
        for &mode in modes {
            if !interrupt.is_set() {
                runs.push(connections::run(mode, &plan));
            }
        }
    }
    Ok(ConnectionsReport {
        runs,
        requests: args.requests,
        size,
        interrupted: interrupt.is_set(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn interruption_beats_failure() {
        let failed = [EchoStatus::Passed, EchoStatus::Failed];
        assert_eq!(status_of(true, failed.into_iter()), ExitStatus::Interrupted);
        assert_eq!(status_of(false, failed.into_iter()), ExitStatus::No);
        let fine = [EchoStatus::Passed, EchoStatus::Unavailable];
        assert_eq!(status_of(false, fine.into_iter()), ExitStatus::Success);
    }
}

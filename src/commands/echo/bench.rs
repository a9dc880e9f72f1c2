//! `echo --bench` and `echo --connections`: the measurements of the echo pair, as typed
//! reports. The engines are [`crate::echo::bench`] and [`crate::echo::connections`].

use std::time::Duration;

use serde::Serialize;

use super::picked;
use crate::cli::{ConnectionsArg, EchoArgs};
use crate::echo::EchoStatus;
use crate::echo::bench::{self, BenchPlan, BenchRun, WRITE_SIZE};
use crate::echo::connections::{self, ConnectionMode, ConnectionsPlan, ConnectionsRun};
use crate::echo::transport::{EchoTransport, MAX_MESSAGE};
use crate::error::{Error, Result};
use crate::exit::ExitStatus;
use crate::socket_module::parse::parse_int;
use crate::sys::interrupt::{self, Interrupt};

/// Seconds each measurement runs unless told otherwise.
pub const DEFAULT_DURATION: Duration = Duration::from_secs(2);
/// Bytes per message unless told otherwise (sockperf's usual `-m 64`).
pub const DEFAULT_SIZE: usize = 64;
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
}

impl BenchReport {
    /// 130 when interrupted, 1 when a transport failed, else 0.
    pub fn exit_status(&self) -> ExitStatus {
        status_of(self.interrupted, self.transports.iter().map(|t| t.status))
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

impl ConnectionsReport {
    /// 130 when interrupted, 1 when a run failed, else 0.
    pub fn exit_status(&self) -> ExitStatus {
        status_of(self.interrupted, self.runs.iter().map(|r| r.status))
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
    let duration = match &args.duration {
        Some(text) => parse_seconds("--duration", text, 3600.0)?,
        None => DEFAULT_DURATION,
    };
    let size = parse_size(args.size.as_deref(), MAX_MESSAGE)?;
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
    })
}

/// Runs `echo --connections`.
pub fn connections(args: &EchoArgs, timeout: Duration) -> Result<ConnectionsReport> {
    let size = parse_size(args.size.as_deref(), MAX_REQUEST_SIZE)?;
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
    let mut modes: Vec<ConnectionMode> = Vec::new();
    for mode in args.connections.iter().map(|&m| mode_of(m)) {
        if !modes.contains(&mode) {
            modes.push(mode);
        }
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
        for &mode in &modes {
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

fn mode_of(arg: ConnectionsArg) -> ConnectionMode {
    match arg {
        ConnectionsArg::Short => ConnectionMode::Short,
        ConnectionsArg::Long => ConnectionMode::Long,
    }
}

/// Ctrl-C's flag; a run that cannot watch for it (the handler refused) simply cannot be
/// interrupted cleanly, which is no reason not to run.
pub fn watch_interrupt() -> Interrupt {
    interrupt::watch().unwrap_or_else(|_| Interrupt::never())
}

/// `2`, `0.5`, `10s`: a positive number of seconds, at most `max`.
pub fn parse_seconds(flag: &str, text: &str, max: f64) -> Result<Duration> {
    let number = text.trim().strip_suffix('s').unwrap_or(text.trim());
    let seconds: f64 = number
        .parse()
        .map_err(|_| Error::input(flag, text, "not a number of seconds"))?;
    if !(seconds > 0.0 && seconds <= max) {
        return Err(Error::input(
            flag,
            text,
            format!("must be more than 0 and at most {max} seconds"),
        ));
    }
    Ok(Duration::from_secs_f64(seconds))
}

/// `--size`: bytes, with an optional `K` or `M` (KiB, MiB); 1 to `max`.
pub fn parse_size(text: Option<&str>, max: usize) -> Result<usize> {
    let Some(text) = text else {
        return Ok(DEFAULT_SIZE);
    };
    let lower = text.trim().to_ascii_lowercase();
    let (digits, scale) = if let Some(d) = lower.strip_suffix('k') {
        (d, 1024)
    } else if let Some(d) = lower.strip_suffix('m') {
        (d, 1024 * 1024)
    } else {
        (lower.as_str(), 1)
    };
    let bytes = parse_int(digits)
        .ok()
        .and_then(|n| n.checked_mul(scale))
        .ok_or_else(|| Error::input("--size", text, "not a number of bytes (64, 4K, 1M)"))?;
    if bytes < 1 || bytes > max as i128 {
        return Err(Error::input(
            "--size",
            text,
            format!("must be 1 to {max} bytes"),
        ));
    }
    Ok(bytes as usize)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_take_units_and_bounds() {
        assert_eq!(parse_size(None, 10).ok(), Some(DEFAULT_SIZE));
        assert_eq!(parse_size(Some("4K"), MAX_MESSAGE).ok(), Some(4096));
        assert_eq!(parse_size(Some("1m"), MAX_MESSAGE).ok(), Some(1 << 20));
        assert_eq!(parse_size(Some("0x40"), MAX_MESSAGE).ok(), Some(64));
        assert!(parse_size(Some("0"), MAX_MESSAGE).is_err());
        assert!(parse_size(Some("2M"), MAX_MESSAGE).is_err());
        assert!(parse_size(Some("lots"), MAX_MESSAGE).is_err());
    }

    #[test]
    fn seconds_are_positive_and_bounded() {
        let d = |t: &str| parse_seconds("--duration", t, 3600.0).ok();
        assert_eq!(d("2"), Some(Duration::from_secs(2)));
        assert_eq!(d("0.5s"), Some(Duration::from_millis(500)));
        assert_eq!(d("0"), None);
        assert_eq!(d("NaN"), None);
        assert_eq!(d("3601"), None);
    }

    #[test]
    fn interruption_beats_failure() {
        let failed = [EchoStatus::Passed, EchoStatus::Failed];
        assert_eq!(status_of(true, failed.into_iter()), ExitStatus::Interrupted);
        assert_eq!(status_of(false, failed.into_iter()), ExitStatus::No);
        let fine = [EchoStatus::Passed, EchoStatus::Unavailable];
        assert_eq!(status_of(false, fine.into_iter()), ExitStatus::Success);
    }
}

//! `sockref echo`: the loopback echo pair over each chosen transport, one after the
//! other, as one report (DESIGN.md section 5). The engine is [`crate::echo`]. The other
//! modes live beside this file: `--bench` and `--connections` in [`super::echo_bench`],
//! `--serve` and `--connect` in [`super::echo_serve`].

use std::time::Duration;

use serde::Serialize;

pub mod bench;
pub mod serve;

use super::Context;
use crate::cli::{EchoArgs, EchoTransportArg};
use crate::echo::transport::EchoTransport;
use crate::echo::{self, EchoPlan, EchoStatus, TransportRun};
use crate::error::Result;
use crate::exit::ExitStatus;
use crate::output::Render;

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

impl EchoReport {
    /// 0 when every transport the host offers passed, 1 when one failed.
    pub fn exit_status(&self) -> ExitStatus {
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
}

/// Runs `echo` in the mode its flags ask for.
pub fn run(args: &EchoArgs, ctx: &Context) -> Result<Box<dyn Render>> {
    Ok(if args.bench {
        Box::new(bench::bench(args, ctx.timeout)?)
    } else if !args.connections.is_empty() {
        Box::new(bench::connections(args, ctx.timeout)?)
    } else if let Some(addr) = &args.serve {
        Box::new(serve::serve(addr, args, ctx)?)
    } else if let Some(addr) = &args.connect {
        Box::new(serve::connect(addr, args, ctx)?)
    } else {
        Box::new(sweep(args, ctx.timeout))
    })
}

/// The echo pair over each transport asked for.
pub fn sweep(args: &EchoArgs, timeout: Duration) -> EchoReport {
    let transports = picked(&args.transports);
    let plan = EchoPlan {
        pings: if args.trace { TRACE_PINGS } else { PINGS },
        timeout,
        trace: args.trace,
    };
    EchoReport {
        transports: transports.iter().map(|&t| echo::run(t, &plan)).collect(),
        pings: plan.pings,
        timeout_s: timeout.as_secs_f64(),
    }
}

/// The transports asked for, first mention first, repeats dropped; all when none.
pub fn picked(args: &[EchoTransportArg]) -> Vec<EchoTransport> {
    let mut out: Vec<EchoTransport> = Vec::new();
    for t in args.iter().map(|&a| transport_of(a)) {
        if !out.contains(&t) {
            out.push(t);
        }
    }
    if out.is_empty() {
        out = EchoTransport::ALL.to_vec();
    }
    out
}

fn transport_of(arg: EchoTransportArg) -> EchoTransport {
    match arg {
        EchoTransportArg::Tcp4 => EchoTransport::Tcp4,
        EchoTransportArg::Tcp6 => EchoTransport::Tcp6,
        EchoTransportArg::Udp4 => EchoTransport::Udp4,
        EchoTransportArg::Udp6 => EchoTransport::Udp6,
        EchoTransportArg::UnixStream => EchoTransport::UnixStream,
        EchoTransportArg::UnixDgram => EchoTransport::UnixDgram,
        EchoTransportArg::UnixSeqpacket => EchoTransport::UnixSeqpacket,
        EchoTransportArg::Socketpair => EchoTransport::Socketpair,
        EchoTransportArg::AbstractStream => EchoTransport::AbstractStream,
        EchoTransportArg::AbstractDgram => EchoTransport::AbstractDgram,
        EchoTransportArg::AbstractSeqpacket => EchoTransport::AbstractSeqpacket,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::ValueEnum;

    #[test]
    fn every_cli_name_is_the_engines_name() {
        for arg in EchoTransportArg::value_variants() {
            let name = arg.to_possible_value().map(|v| v.get_name().to_string());
            assert_eq!(name.as_deref(), Some(transport_of(*arg).name()));
        }
        assert_eq!(
            EchoTransportArg::value_variants().len(),
            EchoTransport::ALL.len()
        );
    }

    #[test]
    fn picks_keep_order_and_drop_repeats() {
        let picked = picked(&[
            EchoTransportArg::Udp6,
            EchoTransportArg::Tcp4,
            EchoTransportArg::Udp6,
        ]);
        assert_eq!(picked, vec![EchoTransport::Udp6, EchoTransport::Tcp4]);
        assert_eq!(super::picked(&[]), EchoTransport::ALL.to_vec());
    }
}

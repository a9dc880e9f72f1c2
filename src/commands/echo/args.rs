//! What the echo modes read from their arguments alike: the transports asked for, the
//! connection modes, seconds and byte sizes, and Ctrl-C's flag.

use std::time::Duration;

use crate::cli::{ConnectionsArg, EchoTransportArg};
use crate::echo::connections::ConnectionMode;
use crate::echo::transport::EchoTransport;
use crate::error::{Error, Result};
use crate::sys::interrupt::{self, Interrupt};

/// Bytes per message unless told otherwise (sockperf's usual `-m 64`).
pub const DEFAULT_SIZE: usize = 64;

/// The transports asked for, first mention first, repeats dropped; all when none.
pub fn picked(args: &[EchoTransportArg]) -> Vec<EchoTransport> {
    let mut out = first_mentions(args.iter().map(|&a| transport_of(a)));
    if out.is_empty() {
        out = EchoTransport::ALL.to_vec();
    }
    out
}

/// The connection modes asked for, first mention first, repeats dropped.
pub fn connection_modes(args: &[ConnectionsArg]) -> Vec<ConnectionMode> {
    first_mentions(args.iter().map(|&m| match m {
        ConnectionsArg::Short => ConnectionMode::Short,
        ConnectionsArg::Long => ConnectionMode::Long,
    }))
}

fn first_mentions<T: PartialEq>(items: impl Iterator<Item = T>) -> Vec<T> {
    let mut out = Vec::new();
    for item in items {
        if !out.contains(&item) {
            out.push(item);
        }
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

/// Ctrl-C's flag; a run that cannot watch for it (the handler refused) simply cannot be
/// interrupted cleanly, which is no reason not to run.
pub fn watch_interrupt() -> Interrupt {
    interrupt::watch().unwrap_or_else(|_| Interrupt::never())
}

/// The longest one `--bench` measurement may run.
pub const BENCH_MAX: Duration = Duration::from_secs(3600);
/// How long each `--bench` measurement runs unless `--duration` says otherwise.
pub const DEFAULT_DURATION: Duration = Duration::from_secs(2);

/// `--duration` of a benchmark: the parser allows a serve's week, a measurement an hour.
pub fn bench_duration(duration: Option<Duration>) -> Result<Duration> {
    match duration {
        None => Ok(DEFAULT_DURATION),
        Some(d) if d <= BENCH_MAX => Ok(d),
        Some(d) => Err(Error::input(
            "--duration",
            format!("{}", d.as_secs_f64()),
            "a --bench measurement runs at most 3600 s",
        )),
    }
}

/// `--size` of a message: at most `max` bytes for this mode.
pub fn message_size(size: Option<u64>, max: usize) -> Result<usize> {
    let size = size.unwrap_or(DEFAULT_SIZE as u64);
    usize::try_from(size)
        .ok()
        .filter(|&s| s <= max)
        .ok_or_else(|| {
            Error::input(
                "--size",
                size.to_string(),
                format!("must be 1 to {max} bytes"),
            )
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::echo::transport::MAX_MESSAGE;
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
        let modes = connection_modes(&[ConnectionsArg::Long, ConnectionsArg::Long]);
        assert_eq!(modes, vec![ConnectionMode::Long]);
    }

    #[test]
    fn modes_bound_what_the_parser_allowed() {
        assert_eq!(message_size(None, 100).ok(), Some(DEFAULT_SIZE));
        assert_eq!(message_size(Some(4096), MAX_MESSAGE).ok(), Some(4096));
        assert!(message_size(Some(MAX_MESSAGE as u64 + 1), MAX_MESSAGE).is_err());
        assert_eq!(bench_duration(None).ok(), Some(DEFAULT_DURATION));
        assert!(bench_duration(Some(Duration::from_secs(3601))).is_err());
    }
}

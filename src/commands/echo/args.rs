//! What the echo modes read from their arguments alike: the transports asked for, the
//! connection modes, seconds and byte sizes, and Ctrl-C's flag.

use std::time::Duration;

use crate::cli::{ConnectionsArg, EchoTransportArg};
use crate::echo::connections::ConnectionMode;
use crate::echo::transport::EchoTransport;
use crate::error::{Error, Result};
use crate::socket_module::parse::parse_int;
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
}

//! Typed values of the command line, parsed and checked by clap before anything runs, so
//! that a command receives a `Duration` and never re-reads a string. Each kind of value
//! has one grammar, defined in [`crate::units`].

use std::time::Duration;

use crate::units::{self, TimeUnit};

/// A parser for a duration flag whose bare numbers are seconds, within `min..=max`.
pub fn seconds(
    min: Duration,
    max: Duration,
) -> impl Fn(&str) -> Result<Duration, String> + Clone + Send + Sync + 'static {
    move |text| units::parse_duration_in(text, TimeUnit::Seconds, min, max)
}

/// A parser for a duration flag whose bare numbers are milliseconds, within `min..=max`.
pub fn millis(
    min: Duration,
    max: Duration,
) -> impl Fn(&str) -> Result<Duration, String> + Clone + Send + Sync + 'static {
    move |text| units::parse_duration_in(text, TimeUnit::Milliseconds, min, max)
}

/// The bounds of `--timeout`: a millisecond to a day.
pub const TIMEOUT_MIN: Duration = Duration::from_millis(1);
/// See [`TIMEOUT_MIN`].
pub const TIMEOUT_MAX: Duration = Duration::from_secs(86_400);

/// The shortest `echo --duration` and `--idle`.
pub const DURATION_MIN: Duration = Duration::from_millis(1);
/// The longest `echo --serve --duration`: a week.
pub const SERVE_MAX: Duration = Duration::from_secs(7 * 86_400);
/// The largest `echo --size`: the largest datagram the echo pair can carry.
pub const MESSAGE_MAX: u64 = 1 << 20;

/// A parser for a byte-size flag within `min..=max`.
pub fn bytes(
    min: u64,
    max: u64,
) -> impl Fn(&str) -> Result<u64, String> + Clone + Send + Sync + 'static {
    move |text| units::parse_size_in(text, min, max)
}

/// The bounds of `keepalive --demo --heartbeat`.
pub const HEARTBEAT_MIN: Duration = Duration::from_millis(10);
/// See [`HEARTBEAT_MIN`].
pub const HEARTBEAT_MAX: Duration = Duration::from_secs(2);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn timeouts_take_the_duration_grammar() {
        let p = seconds(TIMEOUT_MIN, TIMEOUT_MAX);
        assert_eq!(p("2.5").ok(), Some(Duration::from_millis(2500)));
        assert_eq!(p("10s").ok(), Some(Duration::from_secs(10)));
        assert_eq!(p("1m").ok(), Some(Duration::from_secs(60)));
        for bad in ["0", "-1", "NaN", "inf", "x", "2d"] {
            assert!(p(bad).is_err(), "{bad}");
        }
        let ms = millis(Duration::from_millis(10), Duration::from_secs(2));
        assert_eq!(ms("20").ok(), Some(Duration::from_millis(20)));
        assert!(ms("5").is_err());
    }
}

//! Quantities with units, both ways: the one grammar for durations and the one for byte
//! sizes that every flag and `--set` value accepts, and the one way each is printed
//! (`µs`, never `us`; IEC multiples; `1 segment`, `2 segments`).
//!
//! Durations: a decimal number, fractions allowed, then optionally a unit: `us` (or `µs`),
//! `ms`, `s`, `m` (or `min`), `h`. A bare number is in the unit the flag names
//! (`--timeout SECONDS`, `--heartbeat MS`). Sizes: an integer (in any base of
//! [`crate::socket_module::parse::parse_int`]), then optionally `b`, `k`/`kib`, `m`/`mib`,
//! `g`/`gib` (powers of 1024). Units are case-insensitive and may follow a space.

use std::time::Duration;

use crate::socket_module::parse::parse_int;

/// A unit of time a bare number can be in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TimeUnit {
    Microseconds,
    Milliseconds,
    Seconds,
}

impl TimeUnit {
    fn nanos(self) -> u128 {
        match self {
            TimeUnit::Microseconds => 1_000,
            TimeUnit::Milliseconds => 1_000_000,
            TimeUnit::Seconds => 1_000_000_000,
        }
    }

    /// The unit's symbol, as printed.
    pub fn symbol(self) -> &'static str {
        match self {
            TimeUnit::Microseconds => "µs",
            TimeUnit::Milliseconds => "ms",
            TimeUnit::Seconds => "s",
        }
    }
}

/// Nanoseconds per unit; `None` for the bare number, in the flag's own unit.
const TIME_SUFFIXES: [(&str, Option<u128>); 8] = [
    ("us", Some(1_000)),
    ("µs", Some(1_000)),
    ("ms", Some(1_000_000)),
    ("s", Some(1_000_000_000)),
    ("m", Some(60_000_000_000)),
    ("min", Some(60_000_000_000)),
    ("h", Some(3_600_000_000_000)),
    ("", None),
];

/// `f / 10^digits` of `per` nanoseconds, rounded to the nearest nanosecond, exactly:
/// `per` is split into `c x 10^e` (an hour is 36 x 10^11 ns) so that the product stays far
/// inside u128 for the 30 digits kept, where `f x per` itself would not. `None` if it
/// still would not fit.
fn fraction_of(f: u128, digits: u32, per: u128) -> Option<u128> {
    let mut c = per;
    let mut e = 0u32;
    while c != 0 && c.is_multiple_of(10) {
        c /= 10;
        e += 1;
    }
    let scaled = f.checked_mul(c)?;
    if digits <= e {
        return scaled.checked_mul(10u128.checked_pow(e - digits)?);
    }
    let scale = 10u128.checked_pow(digits - e)?;
    Some((scaled + scale / 2) / scale)
}

/// The longest duration any flag could want: a century, far inside `Duration`.
pub const LONGEST_NANOS: u128 = 100 * 366 * 86_400 * 1_000_000_000;

const SIZE_SUFFIXES: [(&str, u64); 7] = [
    ("b", 1),
    ("k", 1 << 10),
    ("kib", 1 << 10),
    ("m", 1 << 20),
    ("mib", 1 << 20),
    ("g", 1 << 30),
    ("gib", 1 << 30),
];

/// Splits `12.5 ms` into `("12.5", "ms")`, the unit lowercased.
fn split_unit(text: &str) -> (&str, String) {
    let t = text.trim();
    let at = t
        .find(|c: char| !(c.is_ascii_digit() || c == '.'))
        .unwrap_or(t.len());
    let (number, unit) = t.split_at(at);
    (number, unit.trim().to_lowercase())
}

/// A duration in the one grammar; a bare number is in `unit`. Errors are plain reasons.
pub fn parse_duration(text: &str, unit: TimeUnit) -> Result<Duration, String> {
    let bad = || {
        format!(
            "{text:?} is not a duration (a number of {}, or with a unit: 250ms, 1.5s, 2m, 1h)",
            unit_words(unit)
        )
    };
    let (number, suffix) = split_unit(text);
    let per = TIME_SUFFIXES
        .iter()
        .find(|(s, _)| *s == suffix)
        .map(|(_, per)| per.unwrap_or(unit.nanos()))
        .ok_or_else(bad)?;
    let (whole, fraction) = number.split_once('.').unwrap_or((number, ""));
    let digits = |d: &str| d.bytes().all(|b| b.is_ascii_digit());
    if whole.len() + fraction.len() == 0 || !digits(whole) || !digits(fraction) {
        return Err(bad());
    }
    // Exact decimal arithmetic: 8782710.973968 s is 8782710973968000 ns, not a float's
    // nearest neighbour. Digits past the nanosecond are rounded.
    let too_long = || format!("{text:?} is too long");
    let whole_nanos = if whole.is_empty() {
        0
    } else {
        whole.parse::<u128>().map_err(|_| too_long())?
    }
    .checked_mul(per)
    .ok_or_else(too_long)?;
    let fraction = &fraction[..fraction.len().min(30)];
    let fraction_nanos = if fraction.is_empty() {
        0
    } else {
        let f = fraction.parse::<u128>().map_err(|_| bad())?;
        fraction_of(f, fraction.len() as u32, per).ok_or_else(too_long)?
    };
    let nanos = whole_nanos + fraction_nanos;
    if nanos > LONGEST_NANOS {
        return Err(too_long());
    }
    Ok(Duration::from_nanos(nanos as u64))
}

/// A duration within `min..=max`, with the bounds named in the error.
pub fn parse_duration_in(
    text: &str,
    unit: TimeUnit,
    min: Duration,
    max: Duration,
) -> Result<Duration, String> {
    let d = parse_duration(text, unit)?;
    if d < min || d > max {
        return Err(format!(
            "{text:?} is out of range: from {} to {}",
            duration_short(min),
            duration_short(max)
        ));
    }
    Ok(d)
}

fn unit_words(unit: TimeUnit) -> &'static str {
    match unit {
        TimeUnit::Microseconds => "microseconds",
        TimeUnit::Milliseconds => "milliseconds",
        TimeUnit::Seconds => "seconds",
    }
}

/// A duration as a whole number of `unit`s, for options that take an integer: `2m` is
/// 120 seconds, `1.5s` is refused where whole seconds are wanted.
pub fn whole(d: Duration, unit: TimeUnit) -> Result<i128, String> {
    let nanos = d.as_nanos();
    let per = unit.nanos();
    if !nanos.is_multiple_of(per) {
        return Err(format!(
            "is not a whole number of {} ({} {})",
            unit_words(unit),
            nanos as f64 / per as f64,
            unit.symbol()
        ));
    }
    i128::try_from(nanos / per).map_err(|_| "is too long".to_string())
}

/// A byte size in the one grammar. Errors are plain reasons.
pub fn parse_size(text: &str) -> Result<u64, String> {
    let bad = || format!("{text:?} is not a number of bytes (64, 4K, 1M, 0x40)");
    // Hex numbers end in letters that look like units: try the whole first.
    if let Ok(n) = parse_int(text.trim()) {
        return u64::try_from(n).map_err(|_| bad());
    }
    // A unit follows a number in any base (`0x10k`, `1_000k`): the longest unit name the
    // text ends with, and a number before it.
    let lower = text.trim().to_lowercase();
    let mut units: Vec<&(&str, u64)> = SIZE_SUFFIXES.iter().collect();
    units.sort_by_key(|(name, _)| std::cmp::Reverse(name.len()));
    let (n, scale) = units
        .iter()
        .find_map(|(name, scale)| {
            let number = lower.strip_suffix(name)?.trim_end();
            parse_int(number).ok().map(|n| (n, *scale))
        })
        .ok_or_else(bad)?;
    u64::try_from(n)
        .ok()
        .and_then(|n| n.checked_mul(scale))
        .ok_or_else(bad)
}

/// A byte size within `min..=max`.
pub fn parse_size_in(text: &str, min: u64, max: u64) -> Result<u64, String> {
    let n = parse_size(text)?;
    if n < min || n > max {
        return Err(format!("{text:?} is out of range: {min} to {max} bytes"));
    }
    Ok(n)
}

/// `1.2 MiB`, `977 B`: IEC units, one decimal above bytes.
pub fn iec(bytes: u64) -> String {
    let (value, unit) = scaled(bytes as f64);
    if unit.is_empty() {
        return format!("{bytes} B");
    }
    format!("{value:.1} {unit}")
}

/// `212992 bytes (208 KiB)`, `1 byte`: an exact count with its IEC size beside it.
pub fn bytes_exact(n: i64) -> String {
    let (value, unit) = scaled(n.unsigned_abs() as f64);
    if unit.is_empty() {
        return count(n, "byte");
    }
    let sign = if n < 0 { "-" } else { "" };
    let rounded = format!("{value:.1}");
    let shown = rounded.strip_suffix(".0").unwrap_or(&rounded);
    format!("{n} bytes ({sign}{shown} {unit})")
}

/// The value in the largest IEC unit it reaches, and that unit (`""` below 1 KiB).
fn scaled(bytes: f64) -> (f64, &'static str) {
    const UNITS: [&str; 4] = ["KiB", "MiB", "GiB", "TiB"];
    if bytes < 1024.0 {
        return (bytes, "");
    }
    let mut value = bytes / 1024.0;
    let mut unit = 0;
    while value >= 1024.0 && unit + 1 < UNITS.len() {
        value /= 1024.0;
        unit += 1;
    }
    (value, UNITS[unit])
}

/// A rate in IEC units per second: `1.2 GiB/s`.
pub fn rate(bytes_per_second: u64) -> String {
    format!("{}/s", iec(bytes_per_second))
}

/// `1 segment`, `2 segments`, `0 segments`.
pub fn count(n: impl Into<i128>, noun: &str) -> String {
    let n = n.into();
    if n == 1 {
        format!("1 {noun}")
    } else {
        format!("{n} {noun}s")
    }
}

/// `85 µs`, `1.25 ms`, `5.00 s`.
pub fn micros_short(us: u64) -> String {
    match us {
        0..1_000 => format!("{us} µs"),
        1_000..1_000_000 => format!("{:.2} ms", us as f64 / 1e3),
        _ => format!("{:.2} s", us as f64 / 1e6),
    }
}

/// A bound as people write it: `250ms`, `5s`, `1.5s`, `2h`.
pub fn duration_short(d: Duration) -> String {
    let micros = d.as_micros();
    if !micros.is_multiple_of(1_000_000) {
        if micros.is_multiple_of(1000) && micros < 1_000_000 {
            return format!("{} ms", micros / 1000);
        }
        return format!("{} s", d.as_secs_f64());
    }
    format!("{} s", d.as_secs())
}

/// `7875 s (2 h 11 min 15 s)`, `30 s`.
pub fn seconds_words(n: i64) -> String {
    if n.abs() < 60 {
        return format!("{n} s");
    }
    format!("{n} s ({})", duration_words(n))
}

/// `2 h 11 min 15 s`.
pub fn duration_words(n: i64) -> String {
    let sign = if n < 0 { "-" } else { "" };
    let n = n.unsigned_abs();
    let parts = [
        (n / 86_400, "d"),
        ((n / 3600) % 24, "h"),
        ((n / 60) % 60, "min"),
        (n % 60, "s"),
    ];
    let words: Vec<String> = parts
        .iter()
        .filter(|(v, _)| *v != 0)
        .map(|(v, unit)| format!("{v} {unit}"))
        .collect();
    if words.is_empty() {
        "0 s".into()
    } else {
        format!("{sign}{}", words.join(" "))
    }
}

/// `1500 ms (1.5 s)`: a count of a small unit, and the next one up once it reaches it.
pub fn with_next_unit(n: i64, unit: TimeUnit) -> String {
    let (per, next) = match unit {
        TimeUnit::Microseconds => (1000, "ms"),
        TimeUnit::Milliseconds => (1000, "s"),
        TimeUnit::Seconds => return seconds_words(n),
    };
    if n.abs() < per {
        format!("{n} {}", unit.symbol())
    } else {
        format!("{n} {} ({} {next})", unit.symbol(), n as f64 / per as f64)
    }
}

/// A duration in milliseconds, to the microsecond (for JSON fields named `..._ms`).
pub fn millis(d: Duration) -> f64 {
    (d.as_secs_f64() * 1e6).round() / 1e3
}

/// Nanoseconds as microseconds, to a tenth.
pub fn micros_of_nanos(ns: u64) -> f64 {
    (ns as f64 / 100.0).round() / 10.0
}

#[cfg(test)]
mod tests {
    use super::*;

    fn secs(text: &str) -> Option<Duration> {
        parse_duration(text, TimeUnit::Seconds).ok()
    }

    #[test]
    fn one_grammar_for_durations() {
        assert_eq!(secs("2"), Some(Duration::from_secs(2)));
        assert_eq!(secs("0.5s"), Some(Duration::from_millis(500)));
        assert_eq!(secs("10 s"), Some(Duration::from_secs(10)));
        assert_eq!(secs("2m"), Some(Duration::from_secs(120)));
        assert_eq!(secs("2MIN"), Some(Duration::from_secs(120)));
        assert_eq!(secs("1h"), Some(Duration::from_secs(3600)));
        assert_eq!(secs("250ms"), Some(Duration::from_millis(250)));
        assert_eq!(secs("15µs"), Some(Duration::from_micros(15)));
        assert_eq!(secs("15us"), Some(Duration::from_micros(15)));
        let ms = |t| parse_duration(t, TimeUnit::Milliseconds).ok();
        assert_eq!(ms("20"), Some(Duration::from_millis(20)));
        assert_eq!(ms("2s"), Some(Duration::from_secs(2)));
        for bad in [
            "", "s", ".", "-1", "+1", "1e3", "NaN", "inf", "1..2", "1 2", "5 days", "0x10",
        ] {
            assert_eq!(secs(bad), None, "{bad:?}");
        }
        assert_eq!(secs("1e300"), None);
        assert_eq!(secs("99999999999999999999"), None);
    }

    #[test]
    fn bounds_are_named() {
        let e = parse_duration_in(
            "0",
            TimeUnit::Seconds,
            Duration::from_millis(1),
            Duration::from_secs(86_400),
        );
        assert!(e.is_err_and(|e| e.contains("from 1 ms to 86400 s")));
    }

    #[test]
    fn whole_units_for_integer_options() {
        assert_eq!(whole(Duration::from_secs(120), TimeUnit::Seconds), Ok(120));
        assert!(whole(Duration::from_millis(1500), TimeUnit::Seconds).is_err());
        assert_eq!(
            whole(Duration::from_millis(1500), TimeUnit::Milliseconds),
            Ok(1500)
        );
    }

    #[test]
    fn one_grammar_for_sizes() {
        assert_eq!(parse_size("64").ok(), Some(64));
        assert_eq!(parse_size("4K").ok(), Some(4096));
        assert_eq!(parse_size("4 KiB").ok(), Some(4096));
        assert_eq!(parse_size("1m").ok(), Some(1 << 20));
        assert_eq!(parse_size("0x40").ok(), Some(64));
        assert_eq!(parse_size("2g").ok(), Some(2 << 30));
        assert!(parse_size("lots").is_err());
        assert!(parse_size("-1").is_err());
        assert!(parse_size("4KB").is_err());
        assert!(parse_size("99999999999G").is_err());
        assert!(parse_size_in("0", 1, 10).is_err());
    }

    #[test]
    fn sizes_print_in_iec_units() {
        assert_eq!(iec(977), "977 B");
        assert_eq!(iec(1_258_291), "1.2 MiB");
        assert_eq!(rate(2048), "2.0 KiB/s");
        assert_eq!(rate(3 * 1024 * 1024 * 1024), "3.0 GiB/s");
        assert_eq!(iec(1_183_747), "1.1 MiB");
        assert_eq!(bytes_exact(212_992), "212992 bytes (208 KiB)");
        assert_eq!(bytes_exact(1), "1 byte");
        assert_eq!(bytes_exact(0), "0 bytes");
        assert_eq!(bytes_exact(1536), "1536 bytes (1.5 KiB)");
    }

    #[test]
    fn counts_and_times_read_well() {
        assert_eq!(count(1, "segment"), "1 segment");
        assert_eq!(count(3, "segment"), "3 segments");
        assert_eq!(micros_short(85), "85 µs");
        assert_eq!(micros_short(1250), "1.25 ms");
        assert_eq!(seconds_words(7875), "7875 s (2 h 11 min 15 s)");
        assert_eq!(
            with_next_unit(1500, TimeUnit::Milliseconds),
            "1500 ms (1.5 s)"
        );
        assert_eq!(with_next_unit(15, TimeUnit::Microseconds), "15 µs");
        assert_eq!(duration_short(Duration::from_millis(250)), "250 ms");
        assert_eq!(millis(Duration::from_micros(1500)), 1.5);
    }
}

//! Durations, the one grammar of `--timeout`, `--heartbeat` and `--set` times: a duration
//! written in each unit it is a whole number of (`1500us`, `1.5 ms`, `2m`, `1h`, a bare
//! number in the flag's unit), and as sockref itself prints a bound (`duration_short`),
//! parses back to itself; `parse_duration_in` is `parse_duration` plus its bounds; `whole`
//! is exact: the count it returns, in its unit, is the duration.
#![no_main]

use std::time::Duration;

use libfuzzer_sys::fuzz_target;
use sockref::units::{TimeUnit, duration_short, parse_duration, parse_duration_in, whole};
use sockref_fuzz::Input;

const UNITS: [TimeUnit; 3] = [
    TimeUnit::Microseconds,
    TimeUnit::Milliseconds,
    TimeUnit::Seconds,
];

/// The grammar's limit (a century of 366-day years), as microseconds
/// (tests/fuzz_regressions.rs::the_longest_duration_is_a_century).
const LONGEST_MICROS: u64 = (sockref::units::LONGEST_NANOS / 1000) as u64;

fuzz_target!(|data: &[u8]| {
    let mut input = Input::new(data);
    let unit = UNITS[usize::from(input.byte()) % UNITS.len()];
    let style = input.byte();
    let micros = input.u64() % (LONGEST_MICROS + 1);
    let d = Duration::from_micros(micros);
    written_in_every_unit(d, unit, style);
    let printed = duration_short(d);
    let back = parse_duration(&printed, unit);
    assert!(
        back.as_ref().is_ok_and(|b| close(*b, d)),
        "{d:?} printed as {printed:?} reads as {back:?}"
    );
    whole_is_exact(Duration::from_nanos(input.u64() % (LONGEST_MICROS * 1000)));
    let bounds = (input.u64() % LONGEST_MICROS, input.u64() % LONGEST_MICROS);
    let (min, max) = (
        Duration::from_micros(bounds.0.min(bounds.1)),
        Duration::from_micros(bounds.0.max(bounds.1)),
    );
    if let Some(text) = input.rest_str() {
        let plain = parse_duration(text, unit);
        if let Ok(d) = plain {
            assert!(d.as_micros() <= u128::from(LONGEST_MICROS) + 1, "{text:?}");
        }
        let bounded = parse_duration_in(text, unit, min, max);
        match plain {
            Ok(d) if (min..=max).contains(&d) => assert_eq!(bounded, Ok(d), "{text:?}"),
            _ => assert!(
                bounded.is_err(),
                "{text:?} -> {bounded:?} in {min:?}..={max:?}"
            ),
        }
    }
});

/// `d` (whole microseconds) in each suffix it is a whole number of, and bare in `unit`.
fn written_in_every_unit(d: Duration, unit: TimeUnit, style: u8) {
    let micros = d.as_micros();
    let space = if style & 1 != 0 { " " } else { "" };
    let per_micros: [(&str, u128); 8] = [
        ("us", 1),
        ("µs", 1),
        ("ms", 1_000),
        ("s", 1_000_000),
        ("m", 60_000_000),
        ("min", 60_000_000),
        ("h", 3_600_000_000),
        ("", micros_of(unit)),
    ];
    for (suffix, per) in per_micros {
        if !micros.is_multiple_of(per) {
            continue;
        }
        let mut suffix = suffix.to_string();
        if style & 2 != 0 {
            suffix = suffix.to_ascii_uppercase();
        }
        let text = format!("{}{space}{suffix}", micros / per);
        reads_as(&text, unit, d);
    }
    // A decimal fraction of a second, as people write `1.5s`.
    let text = format!("{}.{:06}s", micros / 1_000_000, micros % 1_000_000);
    reads_as(&text, unit, d);
}

/// Durations up to this are read exactly, to the nanosecond.
const EXACT_UP_TO: Duration = Duration::from_secs(1_000_000);

fn reads_as(text: &str, unit: TimeUnit, d: Duration) {
    let got = parse_duration(text, unit);
    // Exact since decimal arithmetic (tests/fuzz_regressions.rs::a_long_timeval_keeps_its_microseconds);
    // the tolerance past EXACT_UP_TO is only for the float this target formats from.
    if d > EXACT_UP_TO {
        assert!(
            got.as_ref().is_ok_and(|g| close(*g, d)),
            "{text:?} -> {got:?}"
        );
        return;
    }
    assert_eq!(got, Ok(d), "{text:?}");
}

fn whole_is_exact(d: Duration) {
    // Sub-microsecond remainders are refused by `whole`
    // (tests/fuzz_regressions.rs::whole_refuses_a_fraction_of_a_microsecond); the loop
    // below checks whole microseconds.
    if !d.subsec_nanos().is_multiple_of(1000) {
        return;
    }
    for unit in UNITS {
        let per = micros_of(unit) * 1000;
        match whole(d, unit) {
            Ok(n) => assert_eq!(
                u128::try_from(n).ok().map(|n| n * per),
                Some(d.as_nanos()),
                "whole({d:?}, {unit:?}) = {n}"
            ),
            Err(_) => assert!(!d.as_nanos().is_multiple_of(per), "{d:?} {unit:?}"),
        }
    }
}

fn micros_of(unit: TimeUnit) -> u128 {
    match unit {
        TimeUnit::Microseconds => 1,
        TimeUnit::Milliseconds => 1_000,
        TimeUnit::Seconds => 1_000_000,
    }
}

/// Equal to the microsecond: what a duration printed in seconds as a float keeps.
fn close(a: Duration, b: Duration) -> bool {
    a.abs_diff(b) <= Duration::from_micros(1)
}

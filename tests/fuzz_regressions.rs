//! Inputs the fuzz targets of fuzz/ found, minimized, each kept as the smallest test that
//! shows the contract its target checks. Each was a bug when it was found, fixed since;
//! the targets now check those inputs too.

use std::time::Duration;

use sockref::output::escape::escape_untrusted;
use sockref::reference::constants::AI;
use sockref::reference::options::Kind;
use sockref::socket_module::endpoint::parse_source;
use sockref::socket_module::options::input::{SetValue, parse};
use sockref::socket_module::parse::{flag_names, parse_flags, parse_int};
use sockref::sys::sockopt::Timeval;
use sockref::units::{TimeUnit, parse_size, whole};

/// fuzz target parse_int: the decimal text of every i128 reads back.
#[test]
fn parse_int_reads_i128_min() {
    assert_eq!(parse_int(&i128::MIN.to_string()), Ok(i128::MIN));
    assert_eq!(
        parse_int("-0x80000000000000000000000000000000"),
        Ok(i128::MIN)
    );
}

/// fuzz target constants: flag_names of a negative C int names 64 bits of leftovers
/// (`0xffffffff80000000`), which parse_flags then refuses.
#[test]
fn flag_names_of_a_negative_int_read_back() {
    for value in [-1, i32::MIN] {
        let names = flag_names(&AI, value);
        assert_eq!(parse_flags(&AI, &names), Ok(value), "{names}");
    }
}

/// fuzz target endpoint: a bare IPv6 source with a scope holding `]` is accepted, but its
/// bracket form `[::%]]:0` cannot be written (RFC 6874: a zone ID is unreserved
/// characters or %-escapes).
#[test]
fn a_source_scope_cannot_hold_a_bracket() {
    assert!(parse_source("::%]").is_err());
}

/// fuzz target sizes: the module doc of units promises "an integer (in any base of
/// parse_int), then optionally a unit", but a unit after 0x/0o/0b digits or `_`
/// separators is refused.
#[test]
fn a_size_unit_follows_a_number_in_any_base() {
    assert_eq!(parse_size("0x10k"), Ok(16 << 10));
    assert_eq!(parse_size("0b0M"), Ok(0));
    assert_eq!(parse_size("0o2 g"), Ok(2 << 30));
    assert_eq!(parse_size("1_000k"), Ok(1000 << 10));
}

/// fuzz target durations: durations are computed in f64, so a fraction of a second past
/// about 10^6 s is read a few nanoseconds short and a timeval loses a microsecond.
#[test]
fn a_long_timeval_keeps_its_microseconds() {
    assert_eq!(
        parse(Kind::Timeval, "8782710.973968"),
        Ok(SetValue::Timeval(Timeval {
            seconds: 8_782_710,
            microseconds: 973_968
        }))
    );
}

/// fuzz target durations: `whole` is meant to refuse a duration that is not a whole number
/// of its unit, but it looks only at whole microseconds, so `1.5us` is set as 1 µs.
#[test]
fn whole_refuses_a_fraction_of_a_microsecond() {
    assert!(whole(Duration::from_nanos(1500), TimeUnit::Microseconds).is_err());
    assert!(whole(Duration::from_nanos(1_000_500), TimeUnit::Milliseconds).is_err());
    assert!(parse(Kind::Microseconds, "1.5us").is_err());
}

/// fuzz target escape: U+061C ARABIC LETTER MARK is one of Unicode's Bidi_Control
/// characters (UAX #9), like U+200E and U+202E, but is kept raw.
#[test]
fn the_arabic_letter_mark_is_escaped() {
    assert_eq!(escape_untrusted("x\u{61c}y".as_bytes()), r"x\u{61c}y");
}

/// fuzz target escape: a C1 control (U+009B, bytes c2 9b) and the invalid byte 9b are both
/// written `\x9b`, so two different names print the same; the escape of a character
/// above U+007F is `\u{...}`, as for the bidi controls.
#[test]
fn a_c1_control_and_an_invalid_byte_differ() {
    assert_ne!(
        escape_untrusted("\u{9b}".as_bytes()),
        escape_untrusted(b"\x9b")
    );
}

/// fuzz target escape: text sockref composes (an error line) keeps its backslashes, which
/// are its own escapes; untrusted text has each doubled, so that `\x1b` typed and ESC
/// received never look alike.
#[test]
fn composed_text_keeps_its_backslashes() {
    use sockref::output::escape::escape_str;
    assert_eq!(escape_str("a\\x1b"), "a\\x1b");
    assert_eq!(escape_untrusted(b"a\\x1b"), "a\\\\x1b");
    assert_eq!(escape_str("a\u{1b}"), escape_untrusted(b"a\x1b"));
}

/// fuzz target constants: a number in a flag set is a set of bits of the C int, up to
/// u32::MAX; 2333400707 is above i32::MAX and still a flag set (as flag_names writes
/// leftover high bits), while as a lone constant it is too large.
#[test]
fn a_flag_number_is_bits_up_to_u32() {
    use sockref::socket_module::parse::parse_constant;
    assert_eq!(parse_flags(&AI, "2333400707"), Ok(2_333_400_707u32 as i32));
    assert_eq!(
        parse_flags(&AI, "1|2333400707"),
        Ok(2_333_400_707u32 as i32 | 1)
    );
    assert!(parse_constant(&AI, "2333400707").is_err());
    assert!(parse_flags(&AI, "4294967296").is_err());
}

/// fuzz target durations: the longest duration is a century of 366-day years, to the
/// microsecond; one more is too long (the target had the limit at 3.2e15 µs).
#[test]
fn the_longest_duration_is_a_century() {
    use sockref::units::{LONGEST_NANOS, parse_duration};
    let longest = LONGEST_NANOS / 1000;
    assert_eq!(
        parse_duration(&format!("{longest}us"), TimeUnit::Seconds),
        Ok(Duration::from_nanos(LONGEST_NANOS as u64))
    );
    let over = parse_duration(&format!("{}us", longest + 1), TimeUnit::Seconds);
    assert!(over.is_err_and(|e| e.contains("too long")));
    assert!(parse_duration("3178197214939738 us", TimeUnit::Seconds).is_err());
}

/// fuzz target durations: a fraction of 30 digits in hours overflowed u128 as digits times
/// nanoseconds per hour (a panic in a debug build, a wrong duration in release); it is
/// computed exactly now, and rounds to the nearest nanosecond.
#[test]
fn a_long_fraction_of_an_hour_is_exact() {
    use sockref::units::parse_duration;
    let nines = "9".repeat(30);
    assert_eq!(
        parse_duration(&format!("1.{nines}h"), TimeUnit::Seconds),
        Ok(Duration::from_secs(7200))
    );
    assert_eq!(
        parse_duration("0.000000000000000000000000000001h", TimeUnit::Seconds),
        Ok(Duration::ZERO)
    );
    assert_eq!(
        parse_duration("1.0000000000004h", TimeUnit::Seconds),
        Ok(Duration::from_nanos(3_600_000_000_001))
    );
    assert_eq!(
        parse_duration("2.5us", TimeUnit::Seconds),
        Ok(Duration::from_nanos(2500))
    );
}

/// fuzz target escape: `readable` (error lines) cuts the text as escape_str writes it,
/// backslashes kept, not as untrusted text doubled.
#[test]
fn readable_keeps_backslashes_as_composed() {
    use sockref::output::escape::readable;
    assert_eq!(readable("a\\\\x1b"), "a\\\\x1b");
}

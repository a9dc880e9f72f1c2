//! Byte sizes, the one grammar of `--size` and `--set` sizes: a number in any radix of
//! the number grammar followed by a unit (`b`, `k`/`kib`, `m`/`mib`, `g`/`gib`, any case,
//! an optional space) is that number times the unit, or an error when the product passes
//! u64 (never an overflow); `parse_size_in` is `parse_size` plus its bounds.
#![no_main]

use libfuzzer_sys::fuzz_target;
use sockref::socket_module::parse::parse_int;
use sockref::units::{parse_size, parse_size_in};
use sockref_fuzz::{Input, RADIXES, render_int};

const SUFFIXES: [(&str, u64); 8] = [
    ("", 1),
    ("b", 1),
    ("k", 1 << 10),
    ("kib", 1 << 10),
    ("m", 1 << 20),
    ("mib", 1 << 20),
    ("g", 1 << 30),
    ("gib", 1 << 30),
];

fuzz_target!(|data: &[u8]| {
    let mut input = Input::new(data);
    let choice = input.byte();
    let style = input.byte();
    // Small numbers as often as large ones: the top bits of the choice pick a width.
    let n = input.u64() >> (choice >> 2 & 63);
    let radix = RADIXES[usize::from(choice & 3)];
    let (suffix, scale) = SUFFIXES[usize::from(style >> 5)];
    let number = render_int(i128::from(n), radix, style & 0b11110);
    let space = if style & 1 != 0 { " " } else { "" };
    let mut unit = suffix.to_string();
    if style & 2 != 0 {
        unit.make_ascii_uppercase();
    }
    let text = format!("{number}{space}{unit}");
    // Any base takes a unit (tests/fuzz_regressions.rs::a_size_unit_follows_a_number_in_any_base).
    // `0x1fb` is the number 0x1fb, not 0x1f bytes: a whole that reads as a number is one.
    if parse_int(&text).is_err() {
        let expected = n.checked_mul(scale);
        assert_eq!(parse_size(&text).ok(), expected, "{text:?}");
    }
    let bounds = (input.u64(), input.u64());
    let (min, max) = (bounds.0.min(bounds.1), bounds.0.max(bounds.1));
    if let Some(text) = input.rest_str() {
        let plain = parse_size(text);
        let bounded = parse_size_in(text, min, max);
        match plain {
            Ok(n) if (min..=max).contains(&n) => assert_eq!(bounded, Ok(n), "{text:?}"),
            _ => assert!(bounded.is_err(), "{text:?} -> {bounded:?}"),
        }
    }
});

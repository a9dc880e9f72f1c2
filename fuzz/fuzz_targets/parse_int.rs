//! `parse_int`, the one grammar for numbers: every i128 written in each radix (sign,
//! case, `_` separators) reads back as itself, and whatever text it accepts is a number
//! whose decimal form reads back the same.
#![no_main]

use libfuzzer_sys::fuzz_target;
use sockref::socket_module::parse::parse_int;
use sockref_fuzz::{Input, RADIXES, render_int};

fuzz_target!(|data: &[u8]| {
    let mut input = Input::new(data);
    let value = input.i128();
    let style = input.byte();
    // i128::MIN included (tests/fuzz_regressions.rs::parse_int_reads_i128_min).
    for radix in RADIXES.iter().copied() {
        let text = render_int(value, radix, style);
        assert_eq!(parse_int(&text), Ok(value), "{text:?}");
    }
    if let Some(text) = input.rest_str() {
        accepted_text_is_a_number(text);
    }
});

fn accepted_text_is_a_number(text: &str) {
    let Ok(value) = parse_int(text) else {
        return;
    };
    assert_eq!(parse_int(&value.to_string()), Ok(value), "{text:?}");
    let body = text.trim();
    let body = body.strip_prefix(['-', '+']).unwrap_or(body);
    assert!(
        body.bytes()
            .all(|b| b.is_ascii_hexdigit() || matches!(b, b'_' | b'x' | b'X' | b'o' | b'O')),
        "{text:?} was read as {value}"
    );
}

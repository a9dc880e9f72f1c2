//! `parse_hex`, packed bytes as hex: whatever it accepts is at least one byte, one per
//! two hex digits, and `to_hex` of the result reads back the same in every accepted
//! form (bare, `0x`, upper case, `:`-separated); arbitrary bytes round-trip too.
#![no_main]

use libfuzzer_sys::fuzz_target;
use sockref::socket_module::parse::{parse_hex, to_hex};

fuzz_target!(|data: &[u8]| {
    reads_back(data);
    if let Ok(text) = std::str::from_utf8(data)
        && let Ok(bytes) = parse_hex(text)
    {
        let digits = text
            .trim()
            .trim_start_matches("0x")
            .trim_start_matches("0X")
            .bytes()
            .filter(u8::is_ascii_hexdigit)
            .count();
        assert!(!bytes.is_empty(), "{text:?}");
        assert_eq!(bytes.len() * 2, digits, "{text:?}");
        reads_back(&bytes);
    }
});

fn reads_back(bytes: &[u8]) {
    if bytes.is_empty() {
        return;
    }
    let hex = to_hex(bytes);
    assert_eq!(hex.len(), bytes.len() * 2);
    let colons: Vec<String> = bytes.iter().map(|b| format!("{b:02X}")).collect();
    for form in [
        hex.clone(),
        format!("0x{hex}"),
        format!("0X{}", hex.to_ascii_uppercase()),
        colons.join(":"),
        colons.join(" "),
        format!(" {hex} "),
    ] {
        assert_eq!(parse_hex(&form).as_deref(), Ok(bytes), "{form:?}");
    }
}

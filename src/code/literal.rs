//! String literals of the three languages, for text that comes from the command line.
//!
//! Everything outside printable ASCII is written as an escape, so a program is plain ASCII:
//! it can be pasted anywhere, and no control character or bidi override in a host name
//! reaches the terminal raw when the program is printed.

use std::fmt::Write;

/// A Python string literal: `"example.com"`, `"caf\u00e9"`.
pub fn python(text: &str) -> String {
    let mut out = String::from("\"");
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '"' => out.push_str("\\\""),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            ' '..='~' => out.push(c),
            c if (c as u32) < 0x100 => push(&mut out, format_args!("\\x{:02x}", c as u32)),
            c if (c as u32) < 0x10000 => push(&mut out, format_args!("\\u{:04x}", c as u32)),
            c => push(&mut out, format_args!("\\U{:08x}", c as u32)),
        }
    }
    out.push('"');
    out
}

/// A C string literal; bytes outside printable ASCII as three-digit octal escapes, which
/// (unlike `\x`) cannot swallow a following digit.
pub fn c(text: &str) -> String {
    let mut out = String::from("\"");
    for &b in text.as_bytes() {
        match b {
            b'\\' => out.push_str("\\\\"),
            b'"' => out.push_str("\\\""),
            // `??=` and friends are trigraphs to an old compiler.
            b'?' => out.push_str("\\?"),
            b' '..=b'~' => out.push(b as char),
            b => push(&mut out, format_args!("\\{b:03o}")),
        }
    }
    out.push('"');
    out
}

/// A Rust string literal: `"example.com"`, `"caf\u{e9}"`.
pub fn rust(text: &str) -> String {
    let mut out = String::from("\"");
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '"' => out.push_str("\\\""),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            ' '..='~' => out.push(c),
            c => push(&mut out, format_args!("\\u{{{:x}}}", c as u32)),
        }
    }
    out.push('"');
    out
}

/// A Rust C-string literal, `c"example.com"`, for the libc calls. The text holds no NUL:
/// it comes from an argument vector.
pub fn rust_c(text: &str) -> String {
    format!("c{}", rust(text))
}

fn push(out: &mut String, args: std::fmt::Arguments<'_>) {
    // Writing to a String cannot fail.
    let _ = out.write_fmt(args);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_text_is_unchanged() {
        assert_eq!(python("example.com"), "\"example.com\"");
        assert_eq!(c("example.com"), "\"example.com\"");
        assert_eq!(rust_c("example.com"), "c\"example.com\"");
    }

    #[test]
    fn quotes_backslashes_and_controls_are_escaped() {
        let text = "a\"b\\c\x1b[2Jd\u{202e}é";
        assert_eq!(python(text), r#""a\"b\\c\x1b[2Jd\u202e\xe9""#);
        assert_eq!(c(text), r#""a\"b\\c\033[2Jd\342\200\256\303\251""#);
        assert_eq!(rust(text), r#""a\"b\\c\u{1b}[2Jd\u{202e}\u{e9}""#);
        assert_eq!(c("??="), r#""\?\?=""#);
    }

    #[test]
    fn literals_are_ascii() {
        for text in ["\u{1F600}", "\u{7f}", "\0", "x\u{85}y"] {
            for literal in [python(text), c(text), rust(text)] {
                assert!(
                    literal.bytes().all(|b| (b' '..=b'~').contains(&b)),
                    "{literal}"
                );
            }
        }
        assert_eq!(python("\u{1F600}"), r#""\U0001f600""#);
    }
}

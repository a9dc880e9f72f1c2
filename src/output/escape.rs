//! Escaping of untrusted text before it reaches a terminal or a TSV consumer.
//!
//! A hosts file or a PTR answer can carry anything a DNS label can: escape sequences that
//! retitle the terminal or hide text, tabs and newlines that break `cut`, bidirectional
//! overrides that make `evil.example` read as something else, and bytes that are not
//! UTF-8. Every cell the renderers write passes through [`escape_untrusted`].

use std::fmt::Write;

/// Returns `bytes` as a string in which C0 and C1 control characters, DEL, Unicode
/// bidirectional controls and invalid UTF-8 bytes are written as escapes (`\x1b`,
/// `\u{202e}`), and a backslash as `\\`, so that the text `\x1b` and the byte ESC
/// never look the same; all other text is kept as it is.
///
/// ```
/// use sockref::output::escape::escape_untrusted;
///
/// assert_eq!(escape_untrusted(b"www.example.com"), "www.example.com");
/// assert_eq!(escape_untrusted(b"evil\x1b[2J.example"), r"evil\x1b[2J.example");
/// assert_eq!(escape_untrusted(b"bad\xff"), r"bad\xff");
/// assert_eq!(escape_untrusted(br"a\x1b"), r"a\\x1b");
/// ```
pub fn escape_untrusted(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len());
    for chunk in bytes.utf8_chunks() {
        for c in chunk.valid().chars() {
            if c == '\\' {
                out.push_str("\\\\");
            } else {
                push_char_escaped(&mut out, c);
            }
        }
        push_invalid(&mut out, chunk.invalid());
    }
    out
}

/// A JSON document with the characters that JSON allows raw but a terminal obeys or
/// reorders (DEL, C1 controls, bidi and zero-width format characters) written as `\u`
/// escapes. They can only stand inside strings, so the document means the same.
///
/// ```
/// use sockref::output::escape::escape_json_text;
///
/// assert_eq!(escape_json_text("\"a\u{9b}b\u{202e}\u{7f}\""), r#""a\u009bb\u202e\u007f""#);
/// ```
pub fn escape_json_text(json: &str) -> String {
    if !json
        .chars()
        .any(|c| c == '\u{7f}' || needs_escape(c) && !c.is_ascii_control())
    {
        return json.to_string();
    }
    let mut out = String::with_capacity(json.len() + 16);
    for c in json.chars() {
        if c == '\u{7f}' || needs_escape(c) && !c.is_ascii_control() {
            let mut units = [0u16; 2];
            for unit in c.encode_utf16(&mut units) {
                let _ = write!(out, "\\u{unit:04x}");
            }
        } else {
            out.push(c);
        }
    }
    out
}

/// Escapes the control and format characters of text the program composed itself (an
/// error line, a title) that may quote outside text; unlike [`escape_untrusted`] it leaves
/// backslashes alone, since the composer already wrote its own escapes.
pub fn escape_str(s: &str) -> String {
    if s.chars().all(|c| !needs_escape(c)) {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        push_char_escaped(&mut out, c);
    }
    out
}

/// The longest word an error line repeats whole; longer ones keep their start and end.
const LONGEST_WORD: usize = 120;

/// [`escape_str`] for a line meant to be read: words longer than 120 characters (a
/// pasted blob, a 128 KiB argument) are cut to their start and end with the number of
/// characters left out between them.
///
/// ```
/// use sockref::output::escape::readable;
///
/// let line = readable(&format!("htons({}): not a number", "9".repeat(5000)));
/// assert!(line.len() < 200, "{line}");
/// assert!(line.ends_with("): not a number"));
/// let spaced = readable(&format!("htons({}): not a number", "a ".repeat(20_000)));
/// assert!(spaced.len() < 1100 && spaced.ends_with("): not a number"));
/// ```
pub fn readable(s: &str) -> String {
    let escaped = escape_str(s);
    let mut out = String::with_capacity(escaped.len().min(1024));
    for (i, word) in escaped.split(' ').enumerate() {
        if i > 0 {
            out.push(' ');
        }
        let count = word.chars().count();
        if count <= LONGEST_WORD {
            out.push_str(word);
            continue;
        }
        let head: String = word.chars().take(60).collect();
        let tail: String = word.chars().skip(count - 20).collect();
        let _ = write!(out, "{head}...[{} more]...{tail}", count - 80);
    }
    cut_line(out)
}

/// The longest error line kept whole, in characters.
const LONGEST_LINE: usize = 1000;

/// A line longer than [`LONGEST_LINE`] (an argument of many short words) keeps its start
/// and its end, which hold the call and the platform's words.
fn cut_line(line: String) -> String {
    let count = line.chars().count();
    if count <= LONGEST_LINE {
        return line;
    }
    let head: String = line.chars().take(600).collect();
    let tail: String = line.chars().skip(count - 300).collect();
    format!("{head}...[{} more]...{tail}", count - 900)
}

/// Returns `bytes` as a string with only the invalid UTF-8 bytes escaped as `\xNN`; used
/// for JSON, whose own escaping covers control characters.
pub fn escape_invalid_utf8(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len());
    for chunk in bytes.utf8_chunks() {
        out.push_str(chunk.valid());
        push_invalid(&mut out, chunk.invalid());
    }
    out
}

fn push_invalid(out: &mut String, invalid: &[u8]) {
    for b in invalid {
        // Writing into a String cannot fail.
        let _ = write!(out, "\\x{b:02x}");
    }
}

fn push_char_escaped(out: &mut String, c: char) {
    if !needs_escape(c) {
        out.push(c);
    } else if (c as u32) < 0x80 {
        // C0 and DEL; a C1 control gets `\u{..}`, so that it never reads like the
        // escape of the invalid byte of the same value.
        let _ = write!(out, "\\x{:02x}", c as u32);
    } else {
        let _ = write!(out, "\\u{{{:x}}}", c as u32);
    }
}

/// Control characters (C0, DEL, C1) and the Unicode format characters that reorder or
/// hide text (bidi embeddings, overrides and isolates; zero-width marks).
fn needs_escape(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '\u{61c}'
                | '\u{200b}'..='\u{200f}'
                | '\u{202a}'..='\u{202e}'
                | '\u{2066}'..='\u{2069}'
                | '\u{feff}'
        )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_text_is_unchanged() {
        assert_eq!(escape_untrusted(b"www.example.com"), "www.example.com");
        assert_eq!(escape_untrusted("bücher.de".as_bytes()), "bücher.de");
    }

    #[test]
    fn control_characters_are_escaped() {
        assert_eq!(escape_untrusted(b"a\tb\nc\x1b[0m"), r"a\x09b\x0ac\x1b[0m");
        assert_eq!(escape_untrusted(b"\x7f"), r"\x7f");
        assert_eq!(escape_untrusted("\u{9b}31m".as_bytes()), r"\u{9b}31m");
        assert_ne!(
            escape_untrusted("\u{9b}".as_bytes()),
            escape_untrusted(b"\x9b")
        );
        assert_eq!(escape_untrusted("x\u{61c}y".as_bytes()), r"x\u{61c}y");
    }

    #[test]
    fn backslashes_are_doubled_so_escapes_cannot_be_faked() {
        assert_eq!(escape_untrusted(br"\x1b"), r"\\x1b");
        assert_ne!(escape_untrusted(br"\x1b"), escape_untrusted(b"\x1b"));
    }

    #[test]
    fn json_text_keeps_ascii_escapes_and_escapes_the_rest() {
        let json = serde_json::to_string("\u{1b}\u{7f}\u{85}\u{2066}x").unwrap_or_default();
        assert_eq!(escape_json_text(&json), r#""\u001b\u007f\u0085\u2066x""#);
    }

    #[test]
    fn invalid_utf8_is_escaped_byte_by_byte() {
        assert_eq!(escape_untrusted(b"ok\xff\xfe"), r"ok\xff\xfe");
        assert_eq!(escape_invalid_utf8(b"a\x1b\xc3"), "a\x1b\\xc3");
    }

    #[test]
    fn bidi_overrides_are_escaped() {
        assert_eq!(
            escape_untrusted("moc.\u{202e}evil".as_bytes()),
            r"moc.\u{202e}evil"
        );
        assert_eq!(escape_str("x\u{2066}y"), r"x\u{2066}y");
    }

    #[test]
    fn output_never_contains_a_control_character() {
        let all: Vec<u8> = (0u8..=255).collect();
        let shown = escape_untrusted(&all);
        assert!(!shown.chars().any(needs_escape), "{shown}");
    }

    proptest::proptest! {
        /// Whatever the bytes, nothing a terminal obeys or reorders comes out, and two
        /// different inputs never look the same: the escaping can be read back.
        #[test]
        fn escapes_are_inert_and_unambiguous(
            a in proptest::collection::vec(proptest::num::u8::ANY, 0..24),
            b in proptest::collection::vec(proptest::num::u8::ANY, 0..24),
        ) {
            let (shown_a, shown_b) = (escape_untrusted(&a), escape_untrusted(&b));
            proptest::prop_assert!(!shown_a.chars().any(needs_escape), "{}", shown_a);
            proptest::prop_assert_eq!(a == b, shown_a == shown_b);
        }

        /// Text with nothing to escape is kept byte for byte (U+061C, the Arabic letter
        /// mark, is a bidi control inside the range and is left out).
        #[test]
        fn plain_text_is_kept(text in "[ -\\[\\]-~\u{a0}-\u{61b}\u{61d}-\u{2000}]{0,40}") {
            proptest::prop_assert_eq!(escape_untrusted(text.as_bytes()), text);
        }
    }
}

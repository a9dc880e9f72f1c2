//! Escaping of untrusted text (host names, PTR answers, echoed arguments): what
//! `escape_untrusted`, `escape_str` and `readable` return holds no control character
//! (C0, DEL, C1) and no bidi control, and says exactly what the input said (unescaping
//! it gives the input back, for input without a backslash); `escape_invalid_utf8` (for
//! JSON) changes valid UTF-8 not at all and escapes only the bytes that are not;
//! `readable` cuts no word of 120 characters or fewer and every longer one to its start,
//! its end and the count of what it left out.
#![no_main]

use libfuzzer_sys::fuzz_target;
use sockref::output::escape::{escape_invalid_utf8, escape_str, escape_untrusted, readable};
use sockref_fuzz::{is_unsafe_char, unescape};

/// The longest word `readable` repeats whole, and what it keeps of a longer one.
const LONGEST_WORD: usize = 120;
const HEAD: usize = 60;
const TAIL: usize = 20;
/// The longest line `readable` keeps whole, and what it keeps of a longer one.
const LONGEST_LINE: usize = 1000;
const LINE_HEAD: usize = 600;
const LINE_TAIL: usize = 300;

fuzz_target!(|data: &[u8]| {
    let escaped = escape_untrusted(data);
    inert(&escaped, data);
    faithful(&escaped, data);
    let for_json = escape_invalid_utf8(data);
    match std::str::from_utf8(data) {
        Ok(text) => {
            assert_eq!(for_json, text);
            // escape_str is for text sockref composed, which writes its own escapes: it
            // leaves backslashes alone, and otherwise escapes as escape_untrusted does
            // (tests/fuzz_regressions.rs::composed_text_keeps_its_backslashes).
            if !text.contains('\\') {
                assert_eq!(escape_str(text), escaped, "{text:?}");
            }
            let line = readable(text);
            inert(&line, data);
            // readable quotes composed text: escape_str's escapes, backslashes kept.
            words_are_cut_honestly(&escape_str(text), &line);
        }
        Err(_) => faithful(&for_json, data),
    }
});

fn inert(shown: &str, input: &[u8]) {
    // U+061C included (tests/fuzz_regressions.rs::the_arabic_letter_mark_is_escaped).
    if let Some(c) = shown.chars().find(|&c| is_unsafe_char(c)) {
        panic!("{c:?} left raw in {shown:?} (from {input:?})");
    }
}

fn faithful(shown: &str, input: &[u8]) {
    // C1 controls now print as `\u{..}` (tests/fuzz_regressions.rs::
    // a_c1_control_and_an_invalid_byte_differ); this unescaper does not read that form back.
    let c1 = |c: char| ('\u{80}'..='\u{9f}').contains(&c);
    if input.contains(&b'\\') || String::from_utf8_lossy(input).contains(c1) {
        return;
    }
    assert_eq!(
        unescape(shown).as_deref(),
        Some(input),
        "{shown:?} does not say what {input:?} said"
    );
}

/// `line` is `escaped` with each word longer than LONGEST_WORD characters replaced by its
/// first HEAD and last TAIL characters around `...[N more]...`, N the characters left out.
fn words_are_cut_honestly(escaped: &str, line: &str) {
    let words: Vec<String> = escaped
        .split(' ')
        .map(|word| {
            let chars: Vec<char> = word.chars().collect();
            if chars.len() <= LONGEST_WORD {
                return word.to_string();
            }
            let head: String = chars[..HEAD].iter().collect();
            let tail: String = chars[chars.len() - TAIL..].iter().collect();
            let cut = format!("{head}...[{} more]...{tail}", chars.len() - HEAD - TAIL);
            assert!(cut.chars().count() <= LONGEST_WORD, "{cut:?}");
            cut
        })
        .collect();
    // A line still longer than LONGEST_LINE keeps its first LINE_HEAD and last LINE_TAIL
    // characters around the count of the rest.
    let whole = words.join(" ");
    let chars: Vec<char> = whole.chars().collect();
    let expected = if chars.len() <= LONGEST_LINE {
        whole
    } else {
        let head: String = chars[..LINE_HEAD].iter().collect();
        let tail: String = chars[chars.len() - LINE_TAIL..].iter().collect();
        format!("{head}...[{} more]...{tail}", chars.len() - LINE_HEAD - LINE_TAIL)
    };
    assert_eq!(line, expected, "from {escaped:?}");
}

//! Text that comes from outside the program: names from the resolver, /etc/hosts,
//! /etc/services, PTR records. It is kept as the bytes the C library handed over, because
//! nothing guarantees they are UTF-8, and it is turned into a string only through
//! [`escape_untrusted`](crate::output::escape::escape_untrusted) so that no control
//! character or invalid byte ever reaches a terminal or breaks a JSON document.

use std::cell::Cell;
use std::fmt;

use serde::{Serialize, Serializer};

use crate::output::escape::{escape_invalid_utf8, escape_untrusted};

/// Bytes from a system database or the network, shown only in escaped form.
#[derive(Clone, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Text(Vec<u8>);

impl Text {
    /// Wraps bytes exactly as the C library returned them.
    pub fn from_bytes(bytes: impl Into<Vec<u8>>) -> Self {
        Text(bytes.into())
    }

    /// The raw bytes, for passing back into another C call.
    pub fn as_bytes(&self) -> &[u8] {
        &self.0
    }

    /// True for the empty string.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The text with invalid UTF-8 bytes written as `\xNN` and everything else as is; JSON
    /// escaping then takes care of control characters.
    pub fn to_json_string(&self) -> String {
        escape_invalid_utf8(&self.0)
    }

    /// Whether the bytes equal `other` ignoring ASCII case (host and service names are
    /// compared that way by the C library).
    pub fn eq_ignore_ascii_case(&self, other: &str) -> bool {
        self.0.eq_ignore_ascii_case(other.as_bytes())
    }
}

impl From<&str> for Text {
    fn from(s: &str) -> Self {
        Text(s.as_bytes().to_vec())
    }
}

/// Display is the terminal-safe form.
impl fmt::Display for Text {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&escape_untrusted(&self.0))
    }
}

impl fmt::Debug for Text {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Text({:?})", escape_untrusted(&self.0))
    }
}

thread_local! {
    /// Set while [`display_value`] runs: every [`Text`] then serializes in its
    /// terminal-safe form instead of its JSON form.
    static DISPLAY_FORM: Cell<bool> = const { Cell::new(false) };
}

/// The JSON value of `value` with each [`Text`] in it written as [`Text`]'s `Display`
/// form, for views that lay out a report by its JSON shape (the mirrors): they then show
/// outside text escaped exactly as every other table does.
pub fn display_value<T: Serialize + ?Sized>(value: &T) -> serde_json::Result<serde_json::Value> {
    DISPLAY_FORM.set(true);
    let shown = serde_json::to_value(value);
    DISPLAY_FORM.set(false);
    shown
}

impl Serialize for Text {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        if DISPLAY_FORM.get() {
            serializer.serialize_str(&self.to_string())
        } else {
            serializer.serialize_str(&self.to_json_string())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_keeps_valid_text_and_escapes_bad_bytes() {
        let t = Text::from_bytes(b"host\x1b[31m\xff".to_vec());
        let json = serde_json::to_string(&t).unwrap_or_default();
        assert_eq!(json, r#""host\u001b[31m\\xff""#);
    }

    #[test]
    fn the_display_value_escapes_like_display() {
        // A literal backslash, then an invalid byte.
        let t = Text::from_bytes(b"a\\x1b\xff".to_vec());
        let shown = display_value(&vec![t.clone()]).unwrap_or_default();
        assert_eq!(shown, serde_json::json!([r"a\\x1b\xff"]));
        let json = serde_json::to_value(&t).unwrap_or_default();
        assert_eq!(json, serde_json::json!(r"a\x1b\xff"));
    }

    #[test]
    fn display_never_writes_control_characters() {
        let t = Text::from_bytes(b"evil\x1b]0;title\x07name".to_vec());
        let shown = t.to_string();
        assert!(!shown.chars().any(|c| c.is_control()), "{shown}");
        assert_eq!(shown, r"evil\x1b]0;title\x07name");
    }
}

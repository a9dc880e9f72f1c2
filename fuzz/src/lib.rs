//! What the fuzz targets share: a reader that takes typed values off the front of
//! libFuzzer's bytes, integers written in every form the number grammar accepts, and the
//! inverse of sockref's escaping, so that a target can check that escaped text still says
//! exactly what the input said.

/// libFuzzer's input read from the front: a few typed values, then the rest as text.
/// Reading past the end gives zeros, so every input is usable.
pub struct Input<'a> {
    data: &'a [u8],
}

impl<'a> Input<'a> {
    pub fn new(data: &'a [u8]) -> Self {
        Input { data }
    }

    pub fn byte(&mut self) -> u8 {
        let (first, rest) = self
            .data
            .split_first()
            .map_or((0, &[][..]), |(b, r)| (*b, r));
        self.data = rest;
        first
    }

    pub fn array<const N: usize>(&mut self) -> [u8; N] {
        let mut out = [0u8; N];
        let n = N.min(self.data.len());
        out[..n].copy_from_slice(&self.data[..n]);
        self.data = &self.data[n..];
        out
    }

    pub fn u64(&mut self) -> u64 {
        u64::from_le_bytes(self.array())
    }

    pub fn i128(&mut self) -> i128 {
        i128::from_le_bytes(self.array())
    }

    pub fn rest(self) -> &'a [u8] {
        self.data
    }

    /// The rest when it is UTF-8 (sockref's parsers take `&str`).
    pub fn rest_str(self) -> Option<&'a str> {
        std::str::from_utf8(self.data).ok()
    }
}

/// The four radixes of the number grammar.
pub const RADIXES: [u32; 4] = [10, 16, 8, 2];

/// `v` written in `radix` as a user may write it, the variations chosen by the bits of
/// `style`: `+` before a non-negative number, upper-case digits and prefix, `_` between
/// groups of 1-4 digits. Forms Python's `int(text, 0)` also reads, so that a stricter
/// grammar must still accept every one of them.
pub fn render_int(v: i128, radix: u32, style: u8) -> String {
    let magnitude = v.unsigned_abs();
    let mut digits = match radix {
        16 => format!("{magnitude:x}"),
        8 => format!("{magnitude:o}"),
        2 => format!("{magnitude:b}"),
        _ => format!("{magnitude}"),
    };
    let upper = style & 2 != 0;
    if upper {
        digits.make_ascii_uppercase();
    }
    if style & 4 != 0 {
        let group = usize::from((style >> 3) & 3) + 1;
        digits = with_separators(&digits, group);
    }
    let sign = if v < 0 {
        "-"
    } else if style & 1 != 0 {
        "+"
    } else {
        ""
    };
    let prefix = match (radix, upper) {
        (16, false) => "0x",
        (16, true) => "0X",
        (8, false) => "0o",
        (8, true) => "0O",
        (2, false) => "0b",
        (2, true) => "0B",
        _ => "",
    };
    format!("{sign}{prefix}{digits}")
}

/// `digits` with `_` between groups of `group` digits, counted from the right.
fn with_separators(digits: &str, group: usize) -> String {
    let chars: Vec<char> = digits.chars().collect();
    let mut out = String::with_capacity(chars.len() * 2);
    for (i, c) in chars.iter().enumerate() {
        if i > 0 && (chars.len() - i).is_multiple_of(group) {
            out.push('_');
        }
        out.push(*c);
    }
    out
}

/// Characters that must never reach a terminal raw: the C0 and C1 controls and DEL
/// (general category Cc), and Unicode's Bidi_Control characters (UAX #9 section 2),
/// which reorder the text around them.
pub fn is_unsafe_char(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '\u{061c}' | '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}'
        )
}

/// The bytes an escaped text stands for, reading `\xNN` below 0x80 as that ASCII
/// character, `\xNN` from 0x80 as that single (invalid UTF-8) byte and `\u{...}` as that
/// character. `None` for a backslash that starts no escape. An escaping is faithful
/// when `unescape(escape(input)) == input` for every input without a backslash.
pub fn unescape(text: &str) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find('\\') {
        out.extend_from_slice(&rest.as_bytes()[..at]);
        let after = &rest[at + 1..];
        if let Some(hex) = after.strip_prefix('x') {
            let byte = u8::from_str_radix(hex.get(..2)?, 16).ok()?;
            out.push(byte);
            rest = &hex[2..];
        } else if let Some(braced) = after.strip_prefix("u{") {
            let (hex, tail) = braced.split_once('}')?;
            let c = char::from_u32(u32::from_str_radix(hex, 16).ok()?)?;
            let mut buf = [0u8; 4];
            out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
            rest = tail;
        } else {
            return None;
        }
    }
    out.extend_from_slice(rest.as_bytes());
    Some(out)
}

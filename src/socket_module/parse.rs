//! Parsing of the values users type: integers in four radixes, symbolic constants
//! (`AF_INET6`, `inet6`, `10`), flag sets (`AI_CANONNAME|AI_PASSIVE`, `canonname,passive`)
//! and packed addresses as hex. Errors are plain reasons; the caller adds the call name.

use crate::reference::{Constant, ConstantGroup};

/// An integer as the user wrote it, in the grammar of Python 3's integer literals: decimal,
/// `0x` hex, `0o` octal or `0b` binary, an optional sign, and single `_` separators between
/// digits. A decimal number with a leading zero (`010`) is refused: C's `strtol` would read
/// it as octal 8 and Python refuses it, so it has no one meaning.
///
/// ```
/// use sockref::socket_module::parse::parse_int;
///
/// assert_eq!(parse_int("9999"), Ok(9999));
/// assert_eq!(parse_int("0x270f"), Ok(9999));
/// assert_eq!(parse_int("-0b1"), Ok(-1));
/// assert_eq!(parse_int("1_000"), Ok(1000));
/// assert!(parse_int("12abc").is_err());
/// assert!(parse_int("010").is_err_and(|e| e.contains("0o10")));
/// assert!(parse_int("1__0").is_err());
/// ```
pub fn parse_int(text: &str) -> Result<i128, String> {
    let trimmed = text.trim();
    let (negative, body) = match trimmed.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, trimmed.strip_prefix('+').unwrap_or(trimmed)),
    };
    let lower = body.to_ascii_lowercase();
    let (radix, digits) = match lower.get(..2) {
        Some("0x") => (16, lower[2..].strip_prefix('_').unwrap_or(&lower[2..])),
        Some("0o") => (8, lower[2..].strip_prefix('_').unwrap_or(&lower[2..])),
        Some("0b") => (2, lower[2..].strip_prefix('_').unwrap_or(&lower[2..])),
        _ => (10, lower.as_str()),
    };
    let not_an_integer =
        || format!("{text:?} is not an integer (decimal, 0x hex, 0o octal or 0b binary)");
    let well_formed = !digits.is_empty()
        && !digits.starts_with('_')
        && !digits.ends_with('_')
        && !digits.contains("__")
        && digits.chars().all(|c| c == '_' || c.is_digit(radix));
    if !well_formed {
        return Err(not_an_integer());
    }
    let digits: String = digits.chars().filter(|&c| c != '_').collect();
    if radix == 10
        && digits.len() > 1
        && digits.starts_with('0')
        && !digits.trim_start_matches('0').is_empty()
    {
        let rest = digits.trim_start_matches('0');
        return Err(format!(
            "{text:?} is ambiguous: C reads a leading 0 as octal, Python refuses it; write 0o{rest} for octal or {rest} for decimal"
        ));
    }
    let magnitude = u128::from_str_radix(&digits, radix).map_err(|e| match e.kind() {
        std::num::IntErrorKind::PosOverflow => format!("{text:?} is larger than 128 bits"),
        _ => not_an_integer(),
    })?;
    if negative && magnitude == i128::MIN.unsigned_abs() {
        return Ok(i128::MIN);
    }
    let value = i128::try_from(magnitude).map_err(|_| format!("{text:?} is too large"))?;
    Ok(if negative { -value } else { value })
}

/// A constant from `group` by name (with or without its prefix, any case) or number.
pub fn parse_constant(group: &ConstantGroup, text: &str) -> Result<i32, String> {
    if let Some(value) = group.value_of(text) {
        return i32::try_from(value).map_err(|_| format!("{text} does not fit a C int"));
    }
    match parse_int(text) {
        Ok(n) => i32::try_from(n).map_err(|_| format!("{text} does not fit a C int")),
        Err(_) => Err(format!(
            "unknown {}_* constant {text:?} (try {})",
            group.prefix,
            examples(group)
        )),
    }
}

/// A flag set from `group`: names or numbers joined by `|`, `,` or `+`, OR-ed together.
///
/// ```
/// use sockref::socket_module::parse::parse_flags;
/// use sockref::reference::constants::AI;
///
/// let both = parse_flags(&AI, "AI_CANONNAME|AI_PASSIVE");
/// assert_eq!(both, parse_flags(&AI, "canonname,passive"));
/// assert_eq!(both, Ok(libc::AI_CANONNAME | libc::AI_PASSIVE));
/// ```
pub fn parse_flags(group: &ConstantGroup, text: &str) -> Result<i32, String> {
    let mut flags = 0i32;
    for part in text.split(['|', ',', '+']).map(str::trim) {
        if part.is_empty() {
            continue;
        }
        // A flag set is the bits of a C int: `0xfffffb00` is a set of high bits, as
        // flag_names writes leftovers, not a number too large.
        let bits = match parse_int(part) {
            Ok(n) if (0..=i128::from(u32::MAX)).contains(&n) => n as u32 as i32,
            _ => parse_constant(group, part)?,
        };
        flags |= bits;
    }
    Ok(flags)
}

/// A flag set split into the names of its group: the members whose bits are set, in table
/// order, and the bits no member names. The socket types of `SOCK_*` are a field (the low
/// four bits, SOCK_TYPE_MASK) rather than bits: its value is named as a whole, and only
/// SOCK_NONBLOCK and SOCK_CLOEXEC are bits beside it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decoded {
    pub names: Vec<&'static Constant>,
    /// The bits left over, 0 when every bit has a name.
    pub rest: u32,
}

/// The low bits of a socket type that hold the type itself, not flags (<linux/net.h>).
const SOCK_TYPE_MASK: u32 = 0xf;

/// `value` as the flags of `group`; see [`Decoded`].
pub fn decode_flags(group: &'static ConstantGroup, value: u32) -> Decoded {
    let field = if group.prefix == "SOCK" {
        SOCK_TYPE_MASK
    } else {
        0
    };
    let mut names = Vec::new();
    let mut rest = value;
    if value & field != 0
        && let Some(c) = group
            .members
            .iter()
            .find(|c| c.value == i64::from(value & field))
    {
        names.push(c);
        rest &= !field;
    }
    for c in group.members {
        let Ok(bit) = u32::try_from(c.value) else {
            continue;
        };
        // Only single bits outside the field; `rest` keeps an alias from being named twice.
        if bit.count_ones() == 1 && bit & field == 0 && rest & bit != 0 {
            names.push(c);
            rest &= !bit;
        }
    }
    Decoded { names, rest }
}

/// The names of the flags set in `value`, in table order, plus any leftover bits as hex:
/// `AI_PASSIVE|AI_CANONNAME`, or `0` when none are set.
pub fn flag_names(group: &'static ConstantGroup, value: i32) -> String {
    // The bits of the C int, not its sign extension: a negative value has 32 bits to name.
    let decoded = decode_flags(group, value as u32);
    let mut names: Vec<String> = decoded.names.iter().map(|c| c.name.to_string()).collect();
    if decoded.rest != 0 {
        names.push(format!("{:#x}", decoded.rest));
    }
    if names.is_empty() {
        "0".to_string()
    } else {
        names.join("|")
    }
}

/// Packed bytes written as hex: `7f000001`, `0x7f000001`, `7f:00:00:01`, `7f 00 00 01`.
pub fn parse_hex(text: &str) -> Result<Vec<u8>, String> {
    let trimmed = text.trim();
    let body = trimmed
        .strip_prefix("0x")
        .or_else(|| trimmed.strip_prefix("0X"))
        .unwrap_or(trimmed);
    let digits: Vec<u8> = body
        .bytes()
        .filter(|b| !matches!(b, b':' | b' ' | b'-' | b'_'))
        .collect();
    if digits.is_empty() {
        return Err(format!("{text:?} holds no hex digits"));
    }
    if let Some(bad) = digits.iter().find(|b| !b.is_ascii_hexdigit()) {
        return Err(format!(
            "{text:?} is not hex ({:?} is not a hex digit)",
            *bad as char
        ));
    }
    if !digits.len().is_multiple_of(2) {
        return Err(format!("{text:?} has an odd number of hex digits"));
    }
    Ok(digits
        .chunks(2)
        .map(|pair| (hex_value(pair[0]) << 4) | hex_value(pair[1]))
        .collect())
}

fn hex_value(digit: u8) -> u8 {
    match digit {
        b'0'..=b'9' => digit - b'0',
        b'a'..=b'f' => digit - b'a' + 10,
        _ => digit - b'A' + 10,
    }
}

/// Lowercase hex of bytes, as `--json` writes Python `bytes`.
pub fn to_hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn examples(group: &ConstantGroup) -> String {
    let names: Vec<&str> = group.members.iter().take(3).map(|c| c.name).collect();
    format!("{}, ... or a number", names.join(", "))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::reference::constants::{AF, AI};

    #[test]
    fn integers_in_every_radix() {
        assert_eq!(parse_int("9999"), Ok(9999));
        assert_eq!(parse_int("0x270F"), Ok(9999));
        assert_eq!(parse_int("0o23417"), Ok(9999));
        assert_eq!(parse_int("0b10011100001111"), Ok(9999));
        assert_eq!(parse_int("-1"), Ok(-1));
        assert_eq!(parse_int("1_000"), Ok(1000));
        assert!(parse_int("").is_err());
        assert!(parse_int("0x").is_err());
        assert!(parse_int("12abc").is_err());
        assert!(parse_int("--1").is_err());
        assert!(parse_int(&"9".repeat(60)).is_err());
    }

    #[test]
    fn constants_by_name_prefixless_or_number() {
        assert_eq!(parse_constant(&AF, "AF_INET6"), Ok(libc::AF_INET6));
        assert_eq!(parse_constant(&AF, "inet6"), Ok(libc::AF_INET6));
        assert_eq!(parse_constant(&AF, "10"), Ok(10));
        assert!(parse_constant(&AF, "inet7").is_err());
    }

    #[test]
    fn flag_sets() {
        let both = libc::AI_CANONNAME | libc::AI_PASSIVE;
        assert_eq!(parse_flags(&AI, "AI_CANONNAME|AI_PASSIVE"), Ok(both));
        assert_eq!(parse_flags(&AI, "canonname,passive"), Ok(both));
        assert_eq!(parse_flags(&AI, "0x3"), Ok(both));
        assert_eq!(parse_flags(&AI, "0"), Ok(0));
        assert_eq!(flag_names(&AI, both), "AI_PASSIVE|AI_CANONNAME");
        assert_eq!(flag_names(&AI, 0x10000), "0x10000");
        assert_eq!(flag_names(&AI, 0), "0");
    }

    #[test]
    fn hex_forms() {
        assert_eq!(parse_hex("7f000001"), Ok(vec![127, 0, 0, 1]));
        assert_eq!(parse_hex("0x7F000001"), Ok(vec![127, 0, 0, 1]));
        assert_eq!(parse_hex("7f:00:00:01"), Ok(vec![127, 0, 0, 1]));
        assert!(parse_hex("7f0").is_err());
        assert!(parse_hex("zz").is_err());
        assert!(parse_hex("").is_err());
        assert_eq!(to_hex(&[127, 0, 0, 1]), "7f000001");
    }
}

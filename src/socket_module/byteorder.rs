//! Python's `htons`, `htonl`, `ntohs` and `ntohl`: the argument refused where Python
//! refuses it, the swap made by the C library's own functions.

use super::parse::parse_int;
use crate::error::{Error, Result};
use crate::sys::byteorder as bo;

/// The integer argument of a 16- or 32-bit mirror, refused as Python refuses it.
fn checked(function: &str, text: &str, bits: u32) -> Result<u64> {
    let n = parse_int(text).map_err(|reason| Error::input(function, text, reason))?;
    let max = (1u128 << bits) - 1;
    if n < 0 {
        return Err(Error::input(
            function,
            text,
            format!("{n} is negative; {function} takes an unsigned {bits}-bit integer (0..={max})"),
        ));
    }
    if n as u128 > max {
        return Err(Error::input(
            function,
            text,
            format!("{n} does not fit in {bits} bits (0..={max})"),
        ));
    }
    Ok(n as u64)
}

/// htons(x) with Python's checks.
pub fn htons(text: &str) -> Result<u16> {
    checked("htons", text, 16).map(|v| bo::htons(v as u16))
}

/// ntohs(x) with Python's checks.
pub fn ntohs(text: &str) -> Result<u16> {
    checked("ntohs", text, 16).map(|v| bo::ntohs(v as u16))
}

/// htonl(x) with Python's checks.
pub fn htonl(text: &str) -> Result<u32> {
    checked("htonl", text, 32).map(|v| bo::htonl(v as u32))
}

/// ntohl(x) with Python's checks.
pub fn ntohl(text: &str) -> Result<u32> {
    checked("ntohl", text, 32).map(|v| bo::ntohl(v as u32))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mirrors_refuse_what_python_refuses() {
        assert!(htons("70000").is_err_and(|e| e.to_string().contains("16 bits")));
        assert!(htons("-1").is_err_and(|e| e.to_string().contains("negative")));
        assert!(htonl("-1").is_err());
        assert!(htonl("4294967296").is_err_and(|e| e.to_string().contains("32 bits")));
        assert!(htonl("4294967295").is_ok());
        assert!(htons("0x").is_err());
    }
}

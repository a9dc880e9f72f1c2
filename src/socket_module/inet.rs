//! Python's `inet_pton`, `inet_ntop`, `inet_aton` and `inet_ntoa` over the C library's
//! parsers, with Python's argument checks and error words.

use super::names::c_string;
use super::parse::{parse_constant, parse_hex};
use super::pyargs::PyArg;
use crate::error::{Error, Result};
use crate::reference::constants::AF;
use crate::sys::inet as c;

pub(crate) fn family(call: &str, input: &str, text: &str) -> Result<i32> {
    parse_constant(&AF, text).map_err(|reason| Error::input(call, input, reason))
}

/// The family as Python shows it in a call (`AF_INET6`, or the number).
pub fn family_arg(text: &str) -> PyArg {
    match parse_constant(&AF, text) {
        Ok(v) => AF
            .name_of(v.into())
            .map_or(PyArg::Int(v.into()), |n| PyArg::Name(n.into())),
        Err(_) => PyArg::Name(text.to_string()),
    }
}

/// inet_pton(address_family, ip_string).
pub fn inet_pton(af_text: &str, ip_string: &str) -> Result<Vec<u8>> {
    const CALL: &str = "inet_pton";
    let input = format!(
        "{}, {}",
        family_arg(af_text),
        PyArg::Str(ip_string.to_string())
    );
    let af = family(CALL, &input, af_text)?;
    let text = c_string(CALL, &input, ip_string)?;
    c::inet_pton(af, &text)
        .map_err(|e| e.into_error(CALL, &input, ""))?
        .ok_or_else(|| Error::input(CALL, input, "illegal IP address string passed to inet_pton"))
}

/// inet_ntop(address_family, packed_ip).
pub fn inet_ntop(af_text: &str, hex: &str) -> Result<String> {
    const CALL: &str = "inet_ntop";
    let input = format!("{}, {}", family_arg(af_text), hex);
    let af = family(CALL, &input, af_text)?;
    let packed = parse_hex(hex).map_err(|reason| Error::input(CALL, input.clone(), reason))?;
    if af != libc::AF_INET && af != libc::AF_INET6 {
        return Err(crate::sys::SysError::Errno(libc::EAFNOSUPPORT).into_error(CALL, &input, ""));
    }
    if packed.len() != c::packed_len(af) {
        return Err(Error::input(
            CALL,
            input,
            format!(
                "invalid length of packed IP address string ({} bytes; {} needs {})",
                packed.len(),
                AF.name_of(af.into()).unwrap_or("the family"),
                c::packed_len(af)
            ),
        ));
    }
    c::inet_ntop(af, &packed).map_err(|e| e.into_error(CALL, &input, ""))
}

/// inet_aton(ip_string).
pub fn inet_aton(ip_string: &str) -> Result<[u8; 4]> {
    const CALL: &str = "inet_aton";
    let input = PyArg::Str(ip_string.to_string()).to_string();
    let text = c_string(CALL, &input, ip_string)?;
    c::inet_aton(&text)
        .ok_or_else(|| Error::input(CALL, input, "illegal IP address string passed to inet_aton"))
}

/// inet_ntoa(packed_ip).
pub fn inet_ntoa(hex: &str) -> Result<String> {
    const CALL: &str = "inet_ntoa";
    let packed = parse_hex(hex).map_err(|reason| Error::input(CALL, hex, reason))?;
    let four = <[u8; 4]>::try_from(packed.as_slice()).map_err(|_| {
        Error::input(
            CALL,
            hex,
            format!(
                "packed IP wrong length for inet_ntoa ({} bytes, needs 4)",
                packed.len()
            ),
        )
    })?;
    Ok(c::inet_ntoa(four))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mirrors_fail_like_python() {
        assert!(inet_pton("AF_INET", "127.1").is_err());
        assert!(inet_pton("AF_UNIX", "x").is_err_and(|e| e.to_string().contains("EAFNOSUPPORT")));
        assert!(
            inet_ntop("AF_INET", "010203").is_err_and(|e| e.to_string().contains("invalid length"))
        );
        assert!(inet_ntoa("010203").is_err_and(|e| e.to_string().contains("wrong length")));
        assert_eq!(inet_aton("1.2.3.4 junk").ok(), Some([1, 2, 3, 4]));
    }
}

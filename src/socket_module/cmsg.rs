//! Python's `CMSG_LEN` and `CMSG_SPACE`: the C library's macros, with the argument refused
//! where Python refuses it (OverflowError "argument out of range").

use super::parse::parse_int;
use crate::error::{Error, Result};
use crate::sys::ancillary;

/// The largest socklen_t Python allows a control message to reach (SOCKLEN_T_LIMIT,
/// INT_MAX on Linux).
const SOCKLEN_T_LIMIT: u64 = i32::MAX as u64;

/// The length argument, within `0..=max`.
fn length(function: &str, text: &str, max: u64) -> Result<u32> {
    let n = parse_int(text).map_err(|reason| Error::input(function, text, reason))?;
    u64::try_from(n)
        .ok()
        .filter(|&n| n <= max)
        .and_then(|n| u32::try_from(n).ok())
        .ok_or_else(|| {
            Error::input(
                function,
                text,
                format!("argument out of range: 0..={max} (Python raises OverflowError)"),
            )
        })
}

/// CMSG_LEN(length): a control message's `cmsg_len` for `length` bytes of data.
pub fn cmsg_len(text: &str) -> Result<u32> {
    let max = SOCKLEN_T_LIMIT - u64::from(ancillary::cmsg_len(0));
    length("CMSG_LEN", text, max).map(ancillary::cmsg_len)
}

/// CMSG_SPACE(length): the buffer room for such a message, padding included.
pub fn cmsg_space(text: &str) -> Result<u32> {
    // Python leaves room for the padding before and after the data: CMSG_SPACE(1).
    let max = SOCKLEN_T_LIMIT - u64::from(ancillary::cmsg_space(1));
    length("CMSG_SPACE", text, max).map(ancillary::cmsg_space)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lengths_in_range_and_out() {
        assert_eq!(cmsg_len("4").ok(), Some(20));
        assert_eq!(cmsg_space("4").ok(), Some(24));
        assert!(cmsg_len("-1").is_err());
        assert!(cmsg_len("2147483632").is_err());
        assert!(cmsg_len("2147483631").is_ok());
        assert!(cmsg_space("x").is_err());
    }
}

//! Byte order: the htons/htonl/ntohs/ntohl mirrors with Python's range checks, and
//! `sockref byteorder`, which shows a number at every width in both byte orders.

use serde::Serialize;

use super::parse::{parse_int, to_hex};
use crate::error::{Error, Result};
use crate::sys::byteorder as bo;

/// A number seen at 16, 32 and 64 bits in host and network byte order.
#[derive(Debug, Clone, Serialize)]
pub struct ByteorderReport {
    pub input: String,
    pub value: u64,
    pub hex: String,
    /// `little` or `big`.
    pub host_endianness: &'static str,
    pub widths: Vec<WidthView>,
}

/// One width's view of the number.
#[derive(Debug, Clone, Serialize)]
pub struct WidthView {
    pub bits: u32,
    /// False when the number needs more bits than this width has.
    pub fits: bool,
    /// `htons`, `htonl` or `htonll` and its result.
    pub hton: Option<Swap>,
    /// `ntohs`, `ntohl` or `ntohll` and its result.
    pub ntoh: Option<Swap>,
    /// The bytes as this host stores them, lowest address first.
    pub host_bytes: Option<String>,
    /// The bytes as they travel on the wire (big-endian).
    pub network_bytes: Option<String>,
}

/// A byte-order function and what it returned.
#[derive(Debug, Clone, Serialize)]
pub struct Swap {
    pub function: &'static str,
    pub result: u64,
}

/// Runs `byteorder`.
pub fn run(text: &str) -> Result<ByteorderReport> {
    let n = parse_int(text).map_err(|reason| Error::input("byteorder", text, reason))?;
    if n < 0 {
        return Err(Error::input(
            "byteorder",
            text,
            format!("{n} is negative; byte order applies to unsigned integers"),
        ));
    }
    let value = u64::try_from(n).map_err(|_| {
        Error::input(
            "byteorder",
            text,
            format!("{n} does not fit in 64 bits (0..=18446744073709551615)"),
        )
    })?;
    let widths = [16u32, 32, 64]
        .iter()
        .map(|&bits| width_view(value, bits))
        .collect();
    Ok(ByteorderReport {
        input: text.to_string(),
        value,
        hex: format!("{value:#x}"),
        host_endianness: if bo::HOST_IS_LITTLE_ENDIAN {
            "little"
        } else {
            "big"
        },
        widths,
    })
}

fn width_view(value: u64, bits: u32) -> WidthView {
    let fits = bits == 64 || value < (1u64 << bits);
    if !fits {
        return WidthView {
            bits,
            fits,
            hton: None,
            ntoh: None,
            host_bytes: None,
            network_bytes: None,
        };
    }
    let (hton, ntoh, host, net) = match bits {
        16 => {
            let v = value as u16;
            let swap = (bo::htons(v) as u64, bo::ntohs(v) as u64);
            (
                ("htons", swap.0),
                ("ntohs", swap.1),
                v.to_ne_bytes().to_vec(),
                v.to_be_bytes().to_vec(),
            )
        }
        32 => {
            let v = value as u32;
            let swap = (bo::htonl(v) as u64, bo::ntohl(v) as u64);
            (
                ("htonl", swap.0),
                ("ntohl", swap.1),
                v.to_ne_bytes().to_vec(),
                v.to_be_bytes().to_vec(),
            )
        }
        _ => (
            ("htonll", bo::htonll(value)),
            ("ntohll", bo::ntohll(value)),
            value.to_ne_bytes().to_vec(),
            value.to_be_bytes().to_vec(),
        ),
    };
    WidthView {
        bits,
        fits,
        hton: Some(Swap {
            function: hton.0,
            result: hton.1,
        }),
        ntoh: Some(Swap {
            function: ntoh.0,
            result: ntoh.1,
        }),
        host_bytes: Some(to_hex(&host)),
        network_bytes: Some(to_hex(&net)),
    }
}

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

    #[test]
    fn widths_that_do_not_fit_are_marked() {
        let report = run("70000").unwrap_or_else(|e| panic!("{e}"));
        assert!(!report.widths[0].fits);
        assert!(report.widths[1].fits);
        assert_eq!(report.widths[1].network_bytes.as_deref(), Some("00011170"));
    }

    #[test]
    fn out_of_range_input_is_refused() {
        assert!(run("-5").is_err());
        assert!(run("18446744073709551616").is_err());
        assert!(run("18446744073709551615").is_ok());
    }
}

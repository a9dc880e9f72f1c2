//! Byte order: the htons/htonl/ntohs/ntohl mirrors with Python's range checks, and
//! `sockref byteorder`, which shows a number at every width in both byte orders.

use serde::Serialize;

use crate::error::{Error, Result};
use crate::report::Report;
use crate::socket_module::parse::{parse_int, to_hex};
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

impl Report for ByteorderReport {}

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

#[cfg(test)]
mod tests {
    use super::*;

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

//! `sockref const --decode VALUE --prefix GROUP`: a flag set as strace and C headers write
//! numbers, split into the names of its group (`0x4040` → `MSG_DONTWAIT|MSG_NOSIGNAL`).

use serde::Serialize;

use crate::error::{Error, Result};
use crate::reference::ConstantGroup;
use crate::reference::constants::{AI, MSG, NI, SOCK};
use crate::report::Report;
use crate::socket_module::parse::{decode_flags, parse_int};

/// The groups whose values are flag sets: send and receive flags, getaddrinfo and
/// getnameinfo flags, and socket types with their flags.
pub const FLAG_GROUPS: [&ConstantGroup; 4] = [&MSG, &AI, &NI, &SOCK];

/// A value split into flags.
#[derive(Debug, Clone, Serialize)]
pub struct DecodeReport {
    pub value: u32,
    pub hex: String,
    pub group: &'static str,
    /// The whole set as C writes it: `MSG_DONTWAIT|MSG_NOSIGNAL`, `0` when empty.
    pub names: String,
    pub flags: Vec<DecodedFlag>,
    /// The bits no name covers, in hex; `None` when every bit has a name.
    pub rest: Option<String>,
}

impl Report for DecodeReport {}

/// One flag of the set.
#[derive(Debug, Clone, Serialize)]
pub struct DecodedFlag {
    pub name: &'static str,
    pub value: i64,
    pub hex: String,
    pub meaning: &'static str,
}

/// Runs `const --decode TEXT --prefix PREFIX`.
pub fn run(text: &str, prefix: &str) -> Result<DecodeReport> {
    let wanted = prefix.trim().trim_end_matches('_');
    let group = FLAG_GROUPS
        .into_iter()
        .find(|g| g.prefix.eq_ignore_ascii_case(wanted))
        .ok_or_else(|| {
            let names: Vec<&str> = FLAG_GROUPS.iter().map(|g| g.prefix).collect();
            Error::input(
                "const",
                format!("decode={text}, prefix={prefix}"),
                format!("--decode splits flag sets of {}", names.join(", ")),
            )
        })?;
    let value = parse_int(text)
        .map_err(|e| Error::input("const", format!("decode={text}"), e))
        .and_then(|n| {
            u32::try_from(n).map_err(|_| {
                Error::input(
                    "const",
                    format!("decode={text}"),
                    "a flag set is 0 to 0xffffffff (the bits of a C int)",
                )
            })
        })?;
    let decoded = decode_flags(group, value);
    let mut parts: Vec<String> = decoded.names.iter().map(|c| c.name.to_string()).collect();
    let rest = (decoded.rest != 0).then(|| format!("{:#x}", decoded.rest));
    parts.extend(rest.clone());
    Ok(DecodeReport {
        value,
        hex: format!("{value:#x}"),
        group: group.prefix,
        names: if parts.is_empty() {
            "0".to_string()
        } else {
            parts.join("|")
        },
        flags: decoded
            .names
            .iter()
            .map(|c| DecodedFlag {
                name: c.name,
                value: c.value,
                hex: format!("{:#x}", c.value),
                meaning: c.meaning,
            })
            .collect(),
        rest,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn send_flags_as_strace_prints_them() {
        let r = run("0x4040", "MSG").expect("decodes");
        assert_eq!(r.names, "MSG_DONTWAIT|MSG_NOSIGNAL");
        assert_eq!(r.rest, None);
    }

    #[test]
    fn a_socket_type_is_a_field_and_its_flags_are_bits() {
        let value = libc::SOCK_STREAM | libc::SOCK_NONBLOCK | libc::SOCK_CLOEXEC;
        let r = run(&value.to_string(), "sock").expect("decodes");
        assert_eq!(r.names, "SOCK_STREAM|SOCK_NONBLOCK|SOCK_CLOEXEC");
        let seqpacket = run("5", "SOCK").expect("decodes");
        assert_eq!(seqpacket.names, "SOCK_SEQPACKET");
    }

    #[test]
    fn bits_without_a_name_are_left_as_a_number() {
        let r = run("0x80000021", "AI").expect("decodes");
        assert_eq!(r.names, "AI_PASSIVE|AI_ADDRCONFIG|0x80000000");
        assert_eq!(r.rest.as_deref(), Some("0x80000000"));
        assert_eq!(run("0", "NI").expect("decodes").names, "0");
    }

    #[test]
    fn only_flag_groups_and_c_int_values() {
        assert!(run("1", "AF").is_err());
        assert!(run("-1", "MSG").is_err());
        assert!(run("0x100000000", "MSG").is_err());
    }
}

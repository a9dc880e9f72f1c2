//! The mirrors of the byte-order and address-conversion functions: htons, htonl, ntohs,
//! ntohl, inet_pton, inet_ntop, inet_aton and inet_ntoa; the control-message macros
//! CMSG_LEN and CMSG_SPACE; and what the host can do, has_ipv6 and has_dualstack_ipv6.

use super::{Mirror, int_arg, s};
use crate::cli::Command;
use crate::error::Result;
use crate::socket_module::parse::{parse_hex, to_hex};
use crate::socket_module::pyargs::PyArg;
use crate::socket_module::{byteorder, cmsg, inet};
use crate::sys::host;

/// The mirror of `command` if it is one of these functions.
pub fn run(command: &Command) -> Option<Result<Mirror>> {
    mirror(command).transpose()
}

fn mirror(command: &Command) -> Result<Option<Mirror>> {
    Ok(Some(match command {
        Command::Htons(a) => {
            Mirror::new("htons", vec![("x", int_arg(&a.x))], byteorder::htons(&a.x)?)?
        }
        Command::Htonl(a) => {
            Mirror::new("htonl", vec![("x", int_arg(&a.x))], byteorder::htonl(&a.x)?)?
        }
        Command::Ntohs(a) => {
            Mirror::new("ntohs", vec![("x", int_arg(&a.x))], byteorder::ntohs(&a.x)?)?
        }
        Command::Ntohl(a) => {
            Mirror::new("ntohl", vec![("x", int_arg(&a.x))], byteorder::ntohl(&a.x)?)?
        }
        Command::InetPton(a) => Mirror::new(
            "inet_pton",
            vec![
                ("address_family", inet::family_arg(&a.address_family)),
                ("ip_string", s(&a.ip_string)),
            ],
            to_hex(&inet::inet_pton(&a.address_family, &a.ip_string)?),
        )?,
        Command::InetNtop(a) => Mirror::new(
            "inet_ntop",
            vec![
                ("address_family", inet::family_arg(&a.address_family)),
                ("packed_ip", hex_arg(&a.packed_ip)),
            ],
            inet::inet_ntop(&a.address_family, &a.packed_ip)?,
        )?,
        Command::InetAton(a) => Mirror::new(
            "inet_aton",
            vec![("ip_string", s(&a.ip_string))],
            to_hex(&inet::inet_aton(&a.ip_string)?),
        )?,
        Command::InetNtoa(a) => Mirror::new(
            "inet_ntoa",
            vec![("packed_ip", hex_arg(&a.packed_ip))],
            inet::inet_ntoa(&a.packed_ip)?,
        )?,
        Command::CmsgLen(a) => Mirror::new(
            "CMSG_LEN",
            vec![("length", int_arg(&a.length))],
            cmsg::cmsg_len(&a.length)?,
        )?,
        Command::CmsgSpace(a) => Mirror::new(
            "CMSG_SPACE",
            vec![("length", int_arg(&a.length))],
            cmsg::cmsg_space(&a.length)?,
        )?,
        Command::HasIpv6(_) => Mirror::attribute("has_ipv6", host::has_ipv6())?,
        Command::HasDualstackIpv6(_) => {
            Mirror::new("has_dualstack_ipv6", vec![], host::has_dualstack_ipv6())?
        }
        _ => return Ok(None),
    }))
}

fn hex_arg(text: &str) -> PyArg {
    parse_hex(text).map_or_else(|_| PyArg::Str(text.to_string()), PyArg::Bytes)
}

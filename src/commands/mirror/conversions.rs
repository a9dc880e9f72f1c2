//! The mirrors of the byte-order and address-conversion functions: htons, htonl, ntohs,
//! ntohl, inet_pton, inet_ntop, inet_aton and inet_ntoa; the control-message macros
//! CMSG_LEN and CMSG_SPACE; and what the host can do, has_ipv6 and has_dualstack_ipv6.

use super::{Mirror, int_arg, s};
use crate::cli::Command;
use crate::code::Call;
use crate::error::Result;
use crate::socket_module::parse::{parse_hex, to_hex};
use crate::socket_module::pyargs::PyArg;
use crate::socket_module::{byteorder, cmsg, inet};
use crate::sys::host;

/// The mirror of `command` if it is one of these functions.
pub fn run(command: &Command) -> Option<Result<Mirror>> {
    let call = plan(command)?;
    Some(mirror(command, call))
}

/// The call `command` makes if it is one of these functions. These calls are pure, so
/// the arguments are checked by making it: a call the platform refuses (inet_pton of
/// `127.1`) is still a call, bad input (htons of 70000) is an error.
pub fn call(command: &Command) -> Option<Result<Call>> {
    let call = plan(command)?;
    Some(match (command, mirror(command, call.clone())) {
        (_, Ok(_)) => Ok(call),
        // A text the parser refuses is its answer, not bad input: the program shows it fail.
        (Command::InetPton(a), Err(_))
            if inet::family("inet_pton", &a.ip_string, &a.address_family).is_ok() =>
        {
            Ok(call)
        }
        (Command::InetAton(_), Err(_)) => Ok(call),
        (_, Err(e)) => Err(e),
    })
}

/// The function and arguments of `command`, as Python takes them.
fn plan(command: &Command) -> Option<Call> {
    let x = |function, text: &str| Call::new(function, vec![("x", int_arg(text))]);
    let length = |function, text: &str| Call::new(function, vec![("length", int_arg(text))]);
    Some(match command {
        Command::Htons(a) => x("htons", &a.x),
        Command::Htonl(a) => x("htonl", &a.x),
        Command::Ntohs(a) => x("ntohs", &a.x),
        Command::Ntohl(a) => x("ntohl", &a.x),
        Command::InetPton(a) => Call::new(
            "inet_pton",
            vec![
                ("address_family", inet::family_arg(&a.address_family)),
                ("ip_string", s(&a.ip_string)),
            ],
        ),
        Command::InetNtop(a) => Call::new(
            "inet_ntop",
            vec![
                ("address_family", inet::family_arg(&a.address_family)),
                ("packed_ip", hex_arg(&a.packed_ip)),
            ],
        ),
        Command::InetAton(a) => Call::new("inet_aton", vec![("ip_string", s(&a.ip_string))]),
        Command::InetNtoa(a) => Call::new("inet_ntoa", vec![("packed_ip", hex_arg(&a.packed_ip))]),
        Command::CmsgLen(a) => length("CMSG_LEN", &a.length),
        Command::CmsgSpace(a) => length("CMSG_SPACE", &a.length),
        Command::HasIpv6(_) => Call::new("has_ipv6", vec![]),
        Command::HasDualstackIpv6(_) => Call::new("has_dualstack_ipv6", vec![]),
        _ => return None,
    })
}

fn mirror(command: &Command, call: Call) -> Result<Mirror> {
    match command {
        Command::Htons(a) => Mirror::of(call, byteorder::htons(&a.x)?),
        Command::Htonl(a) => Mirror::of(call, byteorder::htonl(&a.x)?),
        Command::Ntohs(a) => Mirror::of(call, byteorder::ntohs(&a.x)?),
        Command::Ntohl(a) => Mirror::of(call, byteorder::ntohl(&a.x)?),
        Command::InetPton(a) => Mirror::of(
            call,
            to_hex(&inet::inet_pton(&a.address_family, &a.ip_string)?),
        ),
        Command::InetNtop(a) => Mirror::of(call, inet::inet_ntop(&a.address_family, &a.packed_ip)?),
        Command::InetAton(a) => Mirror::of(call, to_hex(&inet::inet_aton(&a.ip_string)?)),
        Command::InetNtoa(a) => Mirror::of(call, inet::inet_ntoa(&a.packed_ip)?),
        Command::CmsgLen(a) => Mirror::of(call, cmsg::cmsg_len(&a.length)?),
        Command::CmsgSpace(a) => Mirror::of(call, cmsg::cmsg_space(&a.length)?),
        Command::HasIpv6(_) => Mirror::attribute("has_ipv6", host::has_ipv6()),
        _ => Mirror::of(call, host::has_dualstack_ipv6()),
    }
}

fn hex_arg(text: &str) -> PyArg {
    parse_hex(text).map_or_else(|_| PyArg::Str(text.to_string()), PyArg::Bytes)
}

//! The `getsockopt` and `setsockopt` mirrors: `socket.socket(FAMILY, TYPE,
//! PROTO).getsockopt(LEVEL, OPTNAME[, BUFLEN])`, and the same socket's
//! `setsockopt(LEVEL, OPTNAME, VALUE)` followed by the getsockopt that reads it back.
//! As in Python, the option is read as a C int unless a buffer length is given, and any
//! level and number may be asked; the kernel's refusal is an OSError with its errno.

use super::Mirror;
use crate::cli::{GetsockoptArgs, SetsockoptArgs};
use crate::code::Call;
use crate::commands::Progress;
use crate::error::{Error, Result};
use crate::socket_module::options::{SocketKind, names};
use crate::socket_module::parse::{parse_hex, parse_int, to_hex};
use crate::socket_module::pyargs::{PyArg, call_args};
use crate::sys::socket::Socket;
use crate::sys::sockopt as so;

/// The socket, level and option of a mirror call, resolved.
struct Target {
    kind: SocketKind,
    level: i32,
    optname: i32,
    args: Vec<(&'static str, PyArg)>,
}

/// Python's limit on getsockopt's buffer length (socketmodule.c).
const MAX_BUFLEN: i128 = 1024;

fn target(
    call: &str,
    typed: &[&str],
    (family, socktype, proto): (&str, &str, &str),
    (level, optname): (&str, &str),
    progress: &dyn Progress,
) -> Result<Target> {
    let bad = |reason: String| Error::input(call, typed.join(", "), reason);
    let kind = SocketKind {
        family: names::family(family).map_err(bad)?,
        socktype: names::socktype(socktype).map_err(bad)?,
        proto: names::protocol(proto).map_err(bad)?,
    };
    let level_number = names::level(level).map_err(bad)?;
    let option = names::option_number(optname).map_err(bad)?;
    if let Some(warning) = names::level_mismatch(level_number, optname) {
        progress.warn(&format!("{call}: {warning}"));
    }
    let (level, optname) = (level_number, option);
    let mut args = vec![
        ("family", names::family_arg(kind.family)),
        ("type", names::socktype_arg(kind.socktype)),
    ];
    if kind.proto != 0 {
        args.push(("proto", PyArg::Int(kind.proto.into())));
    }
    args.push(("level", names::level_arg(level)));
    args.push(("optname", names::option_arg(level, optname)));
    Ok(Target {
        kind,
        level,
        optname,
        args,
    })
}

fn buflen(call: &str, typed: &[&str], text: &str) -> Result<usize> {
    match parse_int(text) {
        Ok(n) if (1..=MAX_BUFLEN).contains(&n) => Ok(n as usize),
        Ok(_) => Err(Error::input(
            call,
            typed.join(", "),
            format!("{call} buflen out of range (1-1024)"),
        )),
        Err(r) => Err(Error::input(call, typed.join(", "), r)),
    }
}

/// Reads the option as Python would: an int, or `buflen` bytes as hex.
fn read_back(s: &Socket, t: &Target, buflen: Option<usize>) -> Result<serde_json::Value> {
    let get_args: Vec<(&str, PyArg)> = t
        .args
        .iter()
        .filter(|(name, _)| *name != "value")
        .cloned()
        .collect();
    let input = call_args(&get_args);
    let fail = |e: crate::sys::SysError| e.into_error("getsockopt", &input, "");
    Ok(match buflen {
        Some(n) => serde_json::Value::String(to_hex(
            &so::get_bytes(s, t.level, t.optname, n).map_err(fail)?,
        )),
        None => so::get_int(s, t.level, t.optname).map_err(fail)?.into(),
    })
}

/// The getsockopt call of the arguments, checked: socket, level, option and buffer length.
fn getsockopt_target(
    a: &GetsockoptArgs,
    progress: &dyn Progress,
) -> Result<(Target, Option<usize>)> {
    const CALL: &str = "getsockopt";
    let typed = [&a.family, &a.socktype, &a.level, &a.optname].map(String::as_str);
    let mut t = target(
        CALL,
        &typed,
        (&a.family, &a.socktype, &a.proto),
        (&a.level, &a.optname),
        progress,
    )?;
    let n = a
        .buflen
        .as_deref()
        .map(|b| buflen(CALL, &typed, b))
        .transpose()?;
    if let Some(n) = n {
        t.args.push(("buflen", PyArg::Int(n as i128)));
    }
    Ok((t, n))
}

/// The call `getsockopt` makes, checked but not made.
pub fn getsockopt_call(a: &GetsockoptArgs, progress: &dyn Progress) -> Result<Call> {
    let (t, _) = getsockopt_target(a, progress)?;
    Ok(Call::new("getsockopt", t.args))
}

/// `getsockopt FAMILY TYPE LEVEL OPTNAME [--buflen N] [--proto P]`.
pub fn getsockopt(a: &GetsockoptArgs, progress: &dyn Progress) -> Result<Mirror> {
    let (t, n) = getsockopt_target(a, progress)?;
    let s = t.kind.open()?;
    let result = read_back(&s, &t, n)?;
    Mirror::new("getsockopt", t.args, result)
}

/// The setsockopt call of the arguments, checked: the target with the value, and the
/// length of the read back when it reads bytes.
fn setsockopt_target(
    a: &SetsockoptArgs,
    progress: &dyn Progress,
) -> Result<(Target, PyArg, Option<usize>)> {
    const CALL: &str = "setsockopt";
    let typed = [&a.family, &a.socktype, &a.level, &a.optname, &a.value].map(String::as_str);
    let mut t = target(
        CALL,
        &typed,
        (&a.family, &a.socktype, &a.proto),
        (&a.level, &a.optname),
        progress,
    )?;
    let bad = |reason: String| Error::input(CALL, typed.join(", "), reason);
    let value = if a.bytes {
        PyArg::Bytes(parse_hex(&a.value).map_err(bad)?)
    } else {
        let n = parse_int(&a.value).map_err(bad)?;
        i32::try_from(n).map_err(|_| bad(format!("{} does not fit a C int", a.value)))?;
        PyArg::Int(n)
    };
    let n = match (&a.buflen, &value) {
        (Some(b), _) => Some(buflen(CALL, &typed, b)?),
        (None, PyArg::Bytes(b)) => Some(b.len().clamp(1, MAX_BUFLEN as usize)),
        (None, _) => None,
    };
    t.args.push(("value", value.clone()));
    Ok((t, value, n))
}

/// The call `setsockopt` makes, checked but not made; a buffer length given for the read
/// back is among its arguments.
pub fn setsockopt_call(a: &SetsockoptArgs, progress: &dyn Progress) -> Result<Call> {
    let (mut t, _, n) = setsockopt_target(a, progress)?;
    if let (Some(n), Some(_)) = (n, &a.buflen) {
        t.args.push(("buflen", PyArg::Int(n as i128)));
    }
    Ok(Call::new("setsockopt", t.args))
}

/// `setsockopt FAMILY TYPE LEVEL OPTNAME VALUE [--bytes] [--buflen N] [--proto P]`:
/// the result is the value read back.
pub fn setsockopt(a: &SetsockoptArgs, progress: &dyn Progress) -> Result<Mirror> {
    const CALL: &str = "setsockopt";
    let (t, value, n) = setsockopt_target(a, progress)?;
    let s = t.kind.open()?;
    let set = match &value {
        PyArg::Bytes(b) => so::set_bytes(&s, t.level, t.optname, b),
        PyArg::Int(v) => so::set_int(&s, t.level, t.optname, *v as i32),
        _ => Ok(()),
    };
    set.map_err(|e| e.into_error(CALL, &call_args(&t.args), ""))?;
    let result = read_back(&s, &t, n)?;
    Mirror::new(CALL, t.args, result)
}

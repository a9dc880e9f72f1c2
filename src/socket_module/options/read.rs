//! Reading every option of the table off one socket, and applying `--set` values with
//! the kernel's answer beside what was asked for.

use serde::Serialize;

use super::input::SetValue;
use super::values::{self, OptValue, Reading};
use crate::error::Error;
use crate::reference::options::{IFNAMSIZ, Kind, Level, OPTIONS, SockOpt};
use crate::sys::SysError;
use crate::sys::socket::Socket;
use crate::sys::sockopt as so;
use crate::sys::{sysctl, tcp_info};

/// One option as read from one socket: its value, or the kernel's refusal.
#[derive(Debug, Clone, Serialize)]
pub struct OptionReading {
    pub level: &'static str,
    pub name: &'static str,
    /// The option's value on this platform.
    pub number: i32,
    pub kind: &'static str,
    pub value: Option<OptValue>,
    /// The C int the option holds (what Python's getsockopt returns); null for structs.
    pub raw: Option<i64>,
    pub text: Option<String>,
    /// Why the kernel refused to answer (ENOPROTOOPT, EOPNOTSUPP, ENOTCONN...).
    pub error: Option<Error>,
    pub settable: bool,
    pub meaning: &'static str,
}

/// The options of the table that apply to a socket of this family and type, in table
/// order; every option with `all`.
pub fn applicable(family: i32, socktype: i32, all: bool) -> Vec<&'static SockOpt> {
    OPTIONS
        .iter()
        .filter(|o| all || o.applies_to(family, socktype))
        .collect()
}

/// Reads one option the way its kind asks for.
pub fn read(s: &Socket, opt: &SockOpt) -> Result<Reading, SysError> {
    let (level, n) = (opt.level.number(), opt.number);
    Ok(match opt.kind {
        Kind::Linger => values::from_linger(so::get_linger(s)?),
        Kind::Timeval => values::from_timeval(so::get_timeval(s, level, n)?),
        Kind::PeerCred => values::from_ucred(so::get_peercred(s)?),
        Kind::Interface => values::from_name(opt.kind, &so::get_string(s, level, n, IFNAMSIZ)?),
        Kind::Name(max) => values::from_name(opt.kind, &so::get_string(s, level, n, max)?),
        Kind::TcpInfo => {
            let info = tcp_info::read(s)?;
            let state = tcp_info::state_name(info.state);
            Reading {
                value: OptValue::Text(state.clone()),
                raw: None,
                text: format!("state {state}"),
            }
        }
        kind => values::from_int(kind, so::get_int(s, level, n)?),
    })
}

/// Reads each option of `options` off `s`; a refusal becomes part of the reading.
pub fn read_all(s: &Socket, options: &[&'static SockOpt]) -> Vec<OptionReading> {
    options
        .iter()
        .map(|opt| {
            let (reading, error) = match read(s, opt) {
                Ok(r) => (Some(r), None),
                Err(e) => (None, Some(e.into_error("getsockopt", &call_input(opt), ""))),
            };
            OptionReading {
                level: opt.level.name(),
                name: opt.name,
                number: opt.number,
                kind: values::kind_name(opt.kind),
                value: reading.as_ref().map(|r| r.value.clone()),
                raw: reading.as_ref().and_then(|r| r.raw),
                text: reading.map(|r| r.text),
                error,
                settable: opt.settable(),
                meaning: opt.meaning,
            }
        })
        .collect()
}

fn call_input(opt: &SockOpt) -> String {
    format!("{}, {}", opt.level.name(), opt.name)
}

/// The outcome of one `--set NAME=VALUE`.
#[derive(Debug, Clone, Serialize)]
pub struct SetOutcome {
    pub level: &'static str,
    pub name: &'static str,
    /// The value as typed.
    pub input: String,
    pub requested: Reading,
    /// What getsockopt reads back afterwards.
    pub kept: Option<Reading>,
    /// `kept` (read back as requested), `changed` (the kernel adjusted it) or `refused`.
    pub outcome: &'static str,
    /// Why the kernel changed it, where that is known.
    pub note: Option<String>,
    pub error: Option<Error>,
}

/// setsockopt(2) with a parsed value.
pub fn apply(s: &Socket, opt: &SockOpt, value: &SetValue) -> Result<(), SysError> {
    let (level, n) = (opt.level.number(), opt.number);
    match value {
        SetValue::Int(v) => so::set_int(s, level, n, *v),
        SetValue::Linger(l) => so::set_linger(s, *l),
        SetValue::Timeval(tv) => so::set_timeval(s, level, n, *tv),
        SetValue::Bytes(b) => so::set_bytes(s, level, n, b),
    }
}

/// What a parsed value means, in the same form a reading takes.
pub fn requested(opt: &SockOpt, value: &SetValue) -> Reading {
    match value {
        SetValue::Int(v) => values::from_int(opt.kind, *v),
        SetValue::Linger(l) => values::from_linger(*l),
        SetValue::Timeval(tv) => values::from_timeval(*tv),
        SetValue::Bytes(b) => values::from_name(opt.kind, b),
    }
}

/// Sets `value` on `s`, reads the option back and says how the two compare.
pub fn set_and_compare(s: &Socket, opt: &SockOpt, input: &str, value: &SetValue) -> SetOutcome {
    let requested = requested(opt, value);
    let mut outcome = SetOutcome {
        level: opt.level.name(),
        name: opt.name,
        input: input.to_string(),
        requested,
        kept: None,
        outcome: "refused",
        note: None,
        error: None,
    };
    let setting = format!("{}, {}, {}", opt.level.name(), opt.name, input);
    if let Err(e) = apply(s, opt, value) {
        outcome.error = Some(e.into_error("setsockopt", &setting, ""));
        return outcome;
    }
    match read(s, opt) {
        Ok(kept) => {
            let same = kept.value == outcome.requested.value;
            outcome.outcome = if same { "kept" } else { "changed" };
            if !same {
                outcome.note = explain(opt, outcome.requested.raw, kept.raw);
            }
            outcome.kept = Some(kept);
        }
        Err(e) => outcome.error = Some(e.into_error("getsockopt", &call_input(opt), "")),
    }
    outcome
}

/// Why the kernel kept something other than what was asked, for the cases socket(7),
/// ip(7) and tcp(7) document.
pub fn explain(opt: &SockOpt, requested: Option<i64>, kept: Option<i64>) -> Option<String> {
    let (req, kept) = (requested?, kept?);
    let limit = match opt.name {
        "SO_RCVBUF" => Some("net.core.rmem_max"),
        "SO_SNDBUF" => Some("net.core.wmem_max"),
        _ => None,
    };
    if let Some(limit) = limit {
        let max = sysctl::read_int(limit).ok();
        let note = if kept == req * 2 {
            "doubled: the kernel keeps twice the request, the extra for its bookkeeping".to_string()
        } else if kept > req * 2 {
            "raised to the kernel's minimum buffer size".to_string()
        } else {
            match max {
                Some(max) => {
                    format!("capped: {limit} is {max}, and the kernel doubles the capped value")
                }
                None => "capped by the kernel's maximum".to_string(),
            }
        };
        return Some(note);
    }
    if matches!(opt.kind, Kind::Tos) && kept == req & !3 {
        return Some("the ECN bits (the low two) are the kernel's to set on this socket".into());
    }
    Some(if kept > req {
        "raised to the kernel's minimum".into()
    } else {
        "lowered to the kernel's maximum".into()
    })
}

/// The levels a set of readings covers, in table order, with their readings.
pub fn by_level(readings: &[OptionReading]) -> Vec<(&'static str, Vec<&OptionReading>)> {
    Level::ALL
        .iter()
        .map(|l| {
            let rows: Vec<&OptionReading> =
                readings.iter().filter(|r| r.level == l.name()).collect();
            (l.name(), rows)
        })
        .filter(|(_, rows)| !rows.is_empty())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::reference::options::find;

    #[test]
    fn explanations() {
        let tos = find("IP_TOS").expect("in the table");
        assert!(explain(tos, Some(0xff), Some(0xfc)).is_some_and(|n| n.contains("ECN")));
        let clamp = find("TCP_WINDOW_CLAMP").expect("in the table");
        assert!(explain(clamp, Some(100), Some(1152)).is_some_and(|n| n.contains("minimum")));
        let rcvbuf = find("SO_RCVBUF").expect("in the table");
        assert!(explain(rcvbuf, Some(65536), Some(131_072)).is_some_and(|n| n.contains("doubled")));
        assert_eq!(explain(rcvbuf, None, Some(1)), None);
    }

    #[test]
    fn a_fresh_udp_socket() {
        let s = crate::sys::socket::open(libc::AF_INET, libc::SOCK_DGRAM, 0).expect("a UDP socket");
        let options = applicable(libc::AF_INET, libc::SOCK_DGRAM, false);
        assert!(options.iter().all(|o| o.level != Level::Tcp));
        let readings = read_all(&s, &options);
        let so_type = readings
            .iter()
            .find(|r| r.name == "SO_TYPE")
            .expect("SO_TYPE");
        assert_eq!(so_type.value, Some(OptValue::Text("SOCK_DGRAM".into())));
        assert_eq!(so_type.raw, Some(i64::from(libc::SOCK_DGRAM)));
    }
}

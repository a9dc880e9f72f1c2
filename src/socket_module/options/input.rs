//! Option values as people type them after `--set NAME=`, parsed per kind: `on`, `64K`,
//! `2h`, `250ms`, `1.5`, `on,5`, `do`, `eth0`. Sizes and durations follow the one grammar
//! of [`crate::units`]. Pure functions; errors are plain reasons.

use crate::reference::constants::pmtudisc_modes;
use crate::reference::options::{IFNAMSIZ, Kind};
use crate::socket_module::parse::parse_int;
use crate::sys::sockopt::{Linger, Timeval};
use crate::units::{self, TimeUnit};

/// A value to hand to setsockopt(2), in the C type the option takes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SetValue {
    Int(i32),
    Linger(Linger),
    Timeval(Timeval),
    /// A string option (interface, congestion-control name), without a NUL.
    Bytes(Vec<u8>),
}

/// Parses what follows `NAME=` for an option of this kind.
pub fn parse(kind: Kind, text: &str) -> Result<SetValue, String> {
    let t = text.trim();
    let int = |v: i128| i32::try_from(v).map_err(|_| format!("{text:?} does not fit a C int"));
    match kind {
        Kind::Bool => parse_bool(t).map(|b| SetValue::Int(i32::from(b))),
        Kind::Bytes => int(parse_bytes(t)?).map(SetValue::Int),
        Kind::Seconds => int(parse_time(t, TimeUnit::Seconds)?).map(SetValue::Int),
        Kind::Milliseconds => int(parse_time(t, TimeUnit::Milliseconds)?).map(SetValue::Int),
        Kind::Microseconds => int(parse_time(t, TimeUnit::Microseconds)?).map(SetValue::Int),
        Kind::Number(_) | Kind::Cpu => int(parse_int(t)?).map(SetValue::Int),
        Kind::Tos => match parse_int(t)? {
            v @ 0..=255 => Ok(SetValue::Int(v as i32)),
            _ => Err(format!("{text:?} is not a byte (0-255, or 0x00-0xff)")),
        },
        Kind::PmtuDisc(_) => parse_pmtudisc(t).map(SetValue::Int),
        Kind::Timeval => parse_timeout(t).map(SetValue::Timeval),
        Kind::Linger => parse_linger(t).map(SetValue::Linger),
        Kind::Interface => parse_name(text, IFNAMSIZ),
        Kind::Name(max) => parse_name(text, max),
        Kind::SocketType
        | Kind::Family
        | Kind::Protocol
        | Kind::Errno
        | Kind::PeerCred
        | Kind::TcpInfo => Err("the option is read-only".into()),
    }
}

/// `on`, `off`, `true`, `false`, `yes`, `no`, `1`, `0`.
pub fn parse_bool(text: &str) -> Result<bool, String> {
    match text.to_ascii_lowercase().as_str() {
        "on" | "true" | "yes" | "1" => Ok(true),
        "off" | "false" | "no" | "0" => Ok(false),
        _ => Err(format!("{text:?} is not on/off, true/false, yes/no or 1/0")),
    }
}

/// An integer in any base (a raw C value, negative allowed), else a size in the one
/// grammar of [`units`].
fn parse_bytes(text: &str) -> Result<i128, String> {
    match parse_int(text) {
        Ok(n) => Ok(n),
        Err(_) => units::parse_size(text).map(i128::from),
    }
}

/// An integer in any base (a raw C value), else a duration in the one grammar of
/// [`units`], as a whole number of `unit`s.
fn parse_time(text: &str, unit: TimeUnit) -> Result<i128, String> {
    if let Ok(n) = parse_int(text) {
        return Ok(n);
    }
    let d = units::parse_duration(text, unit)?;
    units::whole(d, unit).map_err(|reason| format!("{text:?} {reason}"))
}

/// A timeout in the duration grammar, a bare number in seconds: `1.5`, `1.5s`, `250ms`.
fn parse_timeout(text: &str) -> Result<Timeval, String> {
    let micros = units::parse_duration(text, TimeUnit::Seconds)
        .map_err(|_| format!("{text:?} is not a timeout of 0 or more (1.5, 1.5s, 250ms)"))?
        .as_micros();
    let seconds = i64::try_from(micros / 1_000_000).map_err(|_| format!("{text:?} is too long"))?;
    Ok(Timeval {
        seconds,
        microseconds: (micros % 1_000_000) as i64,
    })
}

/// `off`, or `on,SECONDS` (also `on:SECONDS`).
fn parse_linger(text: &str) -> Result<Linger, String> {
    let lower = text.to_ascii_lowercase();
    if parse_bool(&lower) == Ok(false) {
        return Ok(Linger {
            on: false,
            seconds: 0,
        });
    }
    let bad =
        || format!("{text:?} is not a linger setting (`off`, or `on,SECONDS` such as `on,5`)");
    let (on, seconds) = lower.split_once([',', ':']).ok_or_else(bad)?;
    if parse_bool(on.trim()) != Ok(true) {
        return Err(bad());
    }
    let seconds = parse_int(seconds.trim())
        .ok()
        .and_then(|s| i32::try_from(s).ok())
        .ok_or_else(bad)?;
    Ok(Linger { on: true, seconds })
}

fn parse_pmtudisc(text: &str) -> Result<i32, String> {
    let upper = text.to_ascii_uppercase();
    let bare = ["IP_PMTUDISC_", "IPV6_PMTUDISC_"]
        .iter()
        .find_map(|p| upper.strip_prefix(p))
        .unwrap_or(&upper);
    if let Some((v, _)) = pmtudisc_modes().find(|(_, name)| *name == bare) {
        return Ok(v);
    }
    parse_int(text)
        .ok()
        .and_then(|v| i32::try_from(v).ok())
        .ok_or_else(|| {
            format!("{text:?} is not dont, want, do, probe, interface, omit or a number")
        })
}

fn parse_name(text: &str, max: usize) -> Result<SetValue, String> {
    if text.len() >= max || text.contains('\0') {
        return Err(format!(
            "{text:?} must be shorter than {max} bytes, without NUL"
        ));
    }
    Ok(SetValue::Bytes(text.as_bytes().to_vec()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_typed_by_people() {
        assert_eq!(parse(Kind::Bool, "on"), Ok(SetValue::Int(1)));
        assert_eq!(parse(Kind::Bool, "False"), Ok(SetValue::Int(0)));
        assert!(parse(Kind::Bool, "maybe").is_err());
        assert_eq!(parse(Kind::Bytes, "65536"), Ok(SetValue::Int(65536)));
        assert_eq!(parse(Kind::Bytes, "64K"), Ok(SetValue::Int(65536)));
        assert_eq!(parse(Kind::Bytes, "1M"), Ok(SetValue::Int(1 << 20)));
        assert_eq!(parse(Kind::Bytes, "0x100"), Ok(SetValue::Int(256)));
        assert!(parse(Kind::Bytes, "4G").is_err(), "past a C int");
        assert!(parse(Kind::Bytes, "12 parsecs").is_err());
        assert_eq!(parse(Kind::Seconds, "2h"), Ok(SetValue::Int(7200)));
        assert_eq!(parse(Kind::Seconds, "90"), Ok(SetValue::Int(90)));
        assert_eq!(parse(Kind::Seconds, "-1"), Ok(SetValue::Int(-1)));
        assert_eq!(parse(Kind::Milliseconds, "2s"), Ok(SetValue::Int(2000)));
        assert_eq!(parse(Kind::Microseconds, "50us"), Ok(SetValue::Int(50)));
        assert_eq!(parse(Kind::Tos, "0x10"), Ok(SetValue::Int(16)));
        assert!(parse(Kind::Tos, "300").is_err());
        assert_eq!(
            parse(Kind::PmtuDisc("IP_PMTUDISC_"), "do"),
            Ok(SetValue::Int(libc::IP_PMTUDISC_DO))
        );
        assert_eq!(
            parse(Kind::PmtuDisc("IPV6_PMTUDISC_"), "IPV6_PMTUDISC_WANT"),
            Ok(SetValue::Int(1))
        );
        assert!(parse(Kind::SocketType, "1").is_err(), "read-only");
    }

    #[test]
    fn linger_and_timeouts() {
        assert_eq!(
            parse(Kind::Linger, "on,5"),
            Ok(SetValue::Linger(Linger {
                on: true,
                seconds: 5
            }))
        );
        assert_eq!(
            parse(Kind::Linger, "off"),
            Ok(SetValue::Linger(Linger {
                on: false,
                seconds: 0
            }))
        );
        assert!(parse(Kind::Linger, "on").is_err());
        assert!(parse(Kind::Linger, "sometimes,5").is_err());
        let tv = |seconds, microseconds| {
            SetValue::Timeval(Timeval {
                seconds,
                microseconds,
            })
        };
        assert_eq!(parse(Kind::Timeval, "1.5"), Ok(tv(1, 500_000)));
        assert_eq!(parse(Kind::Timeval, "250ms"), Ok(tv(0, 250_000)));
        assert_eq!(parse(Kind::Timeval, "2s"), Ok(tv(2, 0)));
        assert!(parse(Kind::Timeval, "-1").is_err());
        assert!(parse(Kind::Interface, "an-interface-name-too-long").is_err());
    }

    const KINDS: [Kind; 13] = [
        Kind::Bool,
        Kind::Bytes,
        Kind::Seconds,
        Kind::Milliseconds,
        Kind::Microseconds,
        Kind::Timeval,
        Kind::Linger,
        Kind::Number(""),
        Kind::Tos,
        Kind::PmtuDisc("IP_PMTUDISC_"),
        Kind::Interface,
        Kind::Name(16),
        Kind::TcpInfo,
    ];

    proptest::proptest! {
        #[test]
        fn no_text_makes_a_parser_panic(text in "\\PC*") {
            for kind in KINDS {
                let _ = parse(kind, &text);
            }
        }

        #[test]
        fn no_number_makes_a_reading_panic(v in proptest::num::i32::ANY) {
            for kind in KINDS {
                let _ = super::super::values::from_int(kind, v);
            }
        }
    }
}

//! `--set NAME=VALUE`: option names (`names::option`) and values (`options::input::parse`)
//! for every row of the option table. Every option is found by its name in any case and,
//! when unambiguous, without its prefix; whatever name is accepted is an option's name; a
//! value is accepted only for a settable kind, lands in the C type's range (a flag is 0
//! or 1, a TOS a byte, a timeval normalized, a name short enough and NUL-free) and writes
//! back into text that parses to the same value.
#![no_main]

use libfuzzer_sys::fuzz_target;
use sockref::reference::options::{IFNAMSIZ, Kind, OPTIONS, SockOpt};
use sockref::socket_module::options::input::{SetValue, parse};
use sockref::socket_module::options::{names, values};
use sockref_fuzz::Input;

const PREFIXES: [&str; 5] = ["SO_", "IP_", "IPV6_", "TCP_", "UDP_"];

fuzz_target!(|data: &[u8]| {
    let mut input = Input::new(data);
    let opt = &OPTIONS[usize::from(input.byte()) % OPTIONS.len()];
    found_by_name(opt);
    let Some(text) = input.rest_str() else {
        return;
    };
    accepted_name_is_an_option(text);
    if let Ok(value) = parse(opt.kind, text) {
        in_range(opt, text, &value);
        if let Some(written) = write_back(&value) {
            assert_eq!(
                parse(opt.kind, &written).as_ref(),
                Ok(&value),
                "{}: {text:?} -> {written:?}",
                opt.name
            );
        }
        if let SetValue::Int(v) = value {
            let _ = values::from_int(opt.kind, v);
        }
    }
});

fn found_by_name(opt: &SockOpt) {
    for form in [opt.name.to_string(), opt.name.to_ascii_lowercase()] {
        let found = names::option(&form).map(|o| o.name);
        assert_eq!(found, Ok(opt.name), "{form:?}");
    }
    let bare = PREFIXES
        .iter()
        .find_map(|p| opt.name.strip_prefix(p))
        .unwrap_or(opt.name)
        .to_ascii_lowercase();
    match names::option(&bare) {
        Ok(o) => assert!(
            o.name == opt.name || o.name.eq_ignore_ascii_case(&bare),
            "{bare:?} -> {}",
            o.name
        ),
        Err(e) => assert!(e.contains(opt.name), "{bare:?}: {e}"),
    }
}

fn accepted_name_is_an_option(text: &str) {
    let Ok(o) = names::option(text) else {
        return;
    };
    let upper = text.trim().to_ascii_uppercase();
    assert!(
        o.name == upper || PREFIXES.iter().any(|p| o.name == format!("{p}{upper}")),
        "{text:?} -> {}",
        o.name
    );
}

fn in_range(opt: &SockOpt, text: &str, value: &SetValue) {
    let why = format!("{}={text:?} -> {value:?}", opt.name);
    match (opt.kind, value) {
        (
            Kind::SocketType
            | Kind::Family
            | Kind::Protocol
            | Kind::Errno
            | Kind::PeerCred
            | Kind::TcpInfo,
            _,
        ) => panic!("a read-only kind was given a value: {why}"),
        (Kind::Bool, SetValue::Int(v)) => assert!(matches!(v, 0 | 1), "{why}"),
        (Kind::Tos, SetValue::Int(v)) => assert!((0..=255).contains(v), "{why}"),
        (Kind::Timeval, SetValue::Timeval(tv)) => assert!(
            tv.seconds >= 0 && (0..1_000_000).contains(&tv.microseconds),
            "{why}"
        ),
        (Kind::Linger, SetValue::Linger(l)) => assert!(l.on || l.seconds == 0, "{why}"),
        (Kind::Interface, SetValue::Bytes(b)) => {
            assert!(b.len() < IFNAMSIZ && !b.contains(&0), "{why}")
        }
        (Kind::Name(max), SetValue::Bytes(b)) => {
            assert!(b.len() < max && !b.contains(&0), "{why}")
        }
        (
            Kind::Bytes
            | Kind::Seconds
            | Kind::Milliseconds
            | Kind::Microseconds
            | Kind::Number(_)
            | Kind::Cpu
            | Kind::PmtuDisc(_),
            SetValue::Int(_),
        ) => {}
        _ => panic!("a value of the wrong C type: {why}"),
    }
}

/// The value as a user would type it to get it again.
fn write_back(value: &SetValue) -> Option<String> {
    Some(match value {
        SetValue::Int(v) => v.to_string(),
        SetValue::Timeval(tv) => format!("{}.{:06}", tv.seconds, tv.microseconds),
        SetValue::Linger(l) if l.on => format!("on,{}", l.seconds),
        SetValue::Linger(_) => "off".to_string(),
        SetValue::Bytes(b) => String::from_utf8(b.clone()).ok()?,
    })
}

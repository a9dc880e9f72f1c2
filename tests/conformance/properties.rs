//! Properties that must hold for every input, not only the examples elsewhere: a friendly
//! verb and the mirror of the function it shows agree, conversions round-trip, and what
//! the platform (glibc here, Python's `int` for numbers) refuses is refused.

use std::io::Write;
use std::net::Ipv4Addr;
use std::process::{Command, Stdio};

use proptest::prelude::*;
use serde_json::Value;

use sockref::cli::ServiceArgs;
use sockref::commands::{byteorder, inet, service};
use sockref::socket_module::byteorder as mirror;
use sockref::socket_module::databases;
use sockref::socket_module::inet as conv;
use sockref::socket_module::parse::{parse_int, to_hex};
use sockref::sys::netdb;

use crate::support::skip;

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    /// `byteorder N` shows at each width exactly what the htons/htonl mirrors return, and
    /// both are the value's big-endian form; ntoh undoes hton.
    #[test]
    fn byteorder_agrees_with_the_mirrors(value in prop_oneof![
        any::<u16>().prop_map(u64::from),
        any::<u32>().prop_map(u64::from),
        any::<u64>(),
    ]) {
        let text = value.to_string();
        let report = byteorder::run(&text).expect("every u64 is an input");
        prop_assert_eq!(report.value, value);
        let width = |bits| report.widths.iter().find(|w| w.bits == bits).expect("a width");
        let w16 = width(16);
        prop_assert_eq!(w16.fits, value <= u64::from(u16::MAX));
        match mirror::htons(&text) {
            Ok(h) => {
                prop_assert!(w16.fits);
                prop_assert_eq!(h, (value as u16).to_be());
                prop_assert_eq!(w16.hton.as_ref().map(|s| s.result), Some(u64::from(h)));
                prop_assert_eq!(mirror::ntohs(&h.to_string()).ok(), Some(value as u16));
            }
            Err(_) => prop_assert!(!w16.fits),
        }
        let w32 = width(32);
        match mirror::htonl(&text) {
            Ok(h) => {
                prop_assert!(w32.fits);
                prop_assert_eq!(h, (value as u32).to_be());
                prop_assert_eq!(w32.hton.as_ref().map(|s| s.result), Some(u64::from(h)));
                prop_assert_eq!(mirror::ntohl(&h.to_string()).ok(), Some(value as u32));
            }
            Err(_) => prop_assert!(!w32.fits),
        }
        prop_assert_eq!(width(64).hton.as_ref().map(|s| s.result), Some(value.to_be()));
    }

    /// Any 16 bytes: inet_ntop's text parses back to them, and `inet` of that text shows
    /// the same bytes and the same text.
    #[test]
    fn ipv6_addresses_round_trip(bytes in any::<[u8; 16]>()) {
        let hex = to_hex(&bytes);
        let text = conv::inet_ntop("AF_INET6", &hex).expect("any 16 bytes are an address");
        prop_assert_eq!(conv::inet_pton("AF_INET6", &text).ok(), Some(bytes.to_vec()));
        let report = inet::run(&text).expect("inet_ntop's text is an address");
        prop_assert_eq!(&report.packed, &hex);
        prop_assert_eq!(&report.inet_ntop, &text);
        prop_assert_eq!(report.family, "AF_INET6");
    }

    /// Any 4 bytes: inet_ntoa and inet_ntop write the dotted quad everyone writes, and
    /// inet_pton and inet_aton read it back.
    #[test]
    fn ipv4_addresses_round_trip(bytes in any::<[u8; 4]>()) {
        let hex = to_hex(&bytes);
        let dotted = Ipv4Addr::from(bytes).to_string();
        prop_assert_eq!(conv::inet_ntoa(&hex).ok(), Some(dotted.clone()));
        prop_assert_eq!(conv::inet_ntop("AF_INET", &hex).ok(), Some(dotted.clone()));
        prop_assert_eq!(conv::inet_pton("AF_INET", &dotted).ok(), Some(bytes.to_vec()));
        prop_assert_eq!(conv::inet_aton(&dotted).ok(), Some(bytes));
        let report = inet::run(&dotted).expect("a dotted quad is an address");
        prop_assert_eq!(&report.packed, &hex);
        prop_assert_eq!(report.inet_ntoa.as_deref(), Some(dotted.as_str()));
    }

    /// glibc's inet_pton(AF_INET) takes exactly four decimal parts of at most 255 without
    /// leading zeros, as Rust's strict parser does; `inet` reports that verdict unchanged,
    /// and the mirror refuses what it refuses.
    #[test]
    fn ipv4_text_is_refused_where_the_platform_refuses_it(text in "[0-9.x]{1,17}") {
        let strict = text.parse::<Ipv4Addr>().is_ok();
        prop_assert_eq!(conv::inet_pton("AF_INET", &text).is_ok(), strict, "{}", text);
        if let Ok(report) = inet::run(&text) {
            let pton = report.parsers.iter().find(|p| p.call.starts_with("inet_pton(AF_INET,"));
            prop_assert_eq!(pton.map(|p| p.accepted), Some(strict));
        }
    }
}

/// `service NAME [--proto P]` lists the row getservbyname(NAME, P) returns, for every
/// name and protocol in this host's services database.
#[test]
fn service_agrees_with_getservbyname_for_every_entry() {
    let entries = netdb::all_services().expect("the services database");
    assert!(!entries.is_empty(), "an empty services database");
    for e in &entries {
        let name = String::from_utf8_lossy(e.name.as_bytes()).into_owned();
        let proto = String::from_utf8_lossy(e.proto.as_bytes()).into_owned();
        let args = ServiceArgs {
            query: Some(name.clone()),
            proto: Some(proto.clone()),
            all: false,
            code: Default::default(),
        };
        let report = service::run(&args).unwrap_or_else(|e| panic!("service {name}: {e}"));
        let first = report.services.first().map(|r| r.port);
        let port = databases::getservbyname(&name, Some(&proto)).ok();
        assert_eq!(first, port, "service {name} --proto {proto}");
        assert!(
            report
                .services
                .iter()
                .all(|r| r.proto.as_bytes() == proto.as_bytes())
        );
    }
}

/// Strings for the number grammar: well-formed literals in every radix with separators and
/// signs, and their near misses (doubled or trailing `_`, leading zeros, stray letters).
fn number_candidates() -> Vec<String> {
    let mut state: u64 = 0x2545_f491_4f6c_dd1d;
    let mut next = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    let alphabet: Vec<char> = "0123456789abcdefABCDEFxXoObB_+-".chars().collect();
    let mut out = vec![
        "0".into(),
        "00".into(),
        "0_0".into(),
        "010".into(),
        "0_1".into(),
        "-0".into(),
        "+0x_1".into(),
        "0x".into(),
        "1_".into(),
        "_1".into(),
        "1__0".into(),
        "0b102".into(),
        "0O17".into(),
        "340282366920938463463374607431768211455".into(),
        "340282366920938463463374607431768211456".into(),
        "-170141183460469231731687303715884105728".into(),
        "-170141183460469231731687303715884105729".into(),
    ];
    for _ in 0..1500 {
        let len = 1 + (next() % 8) as usize;
        out.push(
            (0..len)
                .map(|_| alphabet[(next() % alphabet.len() as u64) as usize])
                .collect(),
        );
    }
    for _ in 0..1500 {
        let value = next() >> (next() % 64);
        let mut digits = match next() % 4 {
            0 => format!("{value}"),
            1 => format!("0x{value:x}"),
            2 => format!("0o{value:o}"),
            _ => format!("0b{value:b}"),
        };
        if next() % 3 == 0 && digits.len() > 2 {
            let at = 1 + (next() as usize % (digits.len() - 1));
            digits.insert(at, '_');
        }
        let sign = ["", "-", "+"][(next() % 3) as usize];
        out.push(format!("{sign}{digits}"));
    }
    out
}

/// Every candidate string is an integer for sockref exactly when Python 3's `int(s, 0)`
/// takes it, with the same value; past i128 sockref says it is too large rather than wrap.
#[test]
fn integers_are_read_as_python_reads_them() {
    if !skip::require("python3", &["--version"]) {
        return;
    }
    let candidates = number_candidates();
    let script = "import json, sys\n\
        out = []\n\
        for s in json.load(sys.stdin):\n\
        \x20   try:\n\
        \x20       out.append(str(int(s, 0)))\n\
        \x20   except ValueError:\n\
        \x20       out.append(None)\n\
        print(json.dumps(out))\n";
    let mut child = Command::new("python3")
        .args(["-c", script])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("start python3");
    let request = serde_json::to_vec(&candidates).expect("JSON");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(&request)
        .expect("write to python3");
    let output = child.wait_with_output().expect("python3 answers");
    let answers: Vec<Value> = serde_json::from_slice(&output.stdout).expect("a JSON list");
    assert_eq!(answers.len(), candidates.len());
    let mut accepted = 0;
    for (text, python) in candidates.iter().zip(&answers) {
        let ours = parse_int(text);
        match python.as_str() {
            None => assert!(
                ours.is_err(),
                "{text:?}: Python refuses it, sockref read {ours:?}"
            ),
            Some(value) => {
                accepted += 1;
                match value.parse::<i128>() {
                    Ok(v) => assert_eq!(ours, Ok(v), "{text:?}"),
                    Err(_) => assert!(
                        ours.as_ref().is_err_and(|e| e.contains("large")),
                        "{text:?} is {value} for Python: {ours:?}"
                    ),
                }
            }
        }
    }
    // The candidates must exercise both sides of the grammar.
    assert!(
        accepted > 1000 && accepted < candidates.len() - 500,
        "{accepted} accepted"
    );
}

//! Address text and packed addresses: every 4 and 16 bytes written by `inet_ntop` (and
//! `inet_ntoa`) parse back with `inet_pton` (and `inet_aton`, and Rust's own parser) to
//! the same bytes; whatever text the mirrors accept (`inet_pton` for each family spelling,
//! `inet_aton`, packed hex for `inet_ntop`/`inet_ntoa`) reparses to the same bytes; and
//! `sockref inet` agrees with the mirrors on every field it shows.
#![no_main]

use std::net::{Ipv4Addr, Ipv6Addr};

use libfuzzer_sys::fuzz_target;
use sockref::commands::inet::run;
use sockref::socket_module::inet::{inet_aton, inet_ntoa, inet_ntop, inet_pton};
use sockref::socket_module::parse::{parse_hex, to_hex};
use sockref_fuzz::Input;

/// How users name the two families, and two that inet_pton refuses.
const FAMILIES: [(&str, Option<usize>); 8] = [
    ("AF_INET", Some(4)),
    ("inet", Some(4)),
    ("2", Some(4)),
    ("AF_INET6", Some(16)),
    ("Inet6", Some(16)),
    ("0xa", Some(16)),
    ("AF_UNIX", None),
    ("-1", None),
];

fuzz_target!(|data: &[u8]| {
    let mut input = Input::new(data);
    let (family, width) = FAMILIES[usize::from(input.byte()) % FAMILIES.len()];
    let v4: [u8; 4] = input.array();
    let v6: [u8; 16] = input.array();
    packed_reads_back(&v4, &v6);
    let Some(text) = input.rest_str() else {
        return;
    };
    text_reads_back(family, width, text);
    aton_reads_back(text);
    packed_text_reads_back(text);
    report_agrees(text);
});

fn packed_reads_back(v4: &[u8; 4], v6: &[u8; 16]) {
    let text = inet_ntop("AF_INET", &to_hex(v4)).unwrap_or_else(|e| panic!("{v4:?}: {e}"));
    assert_eq!(text, Ipv4Addr::from(*v4).to_string());
    assert_eq!(inet_ntoa(&to_hex(v4)).ok().as_ref(), Some(&text));
    assert_eq!(inet_pton("AF_INET", &text).ok().as_deref(), Some(&v4[..]));
    assert_eq!(inet_aton(&text).ok().as_ref(), Some(v4));
    let text = inet_ntop("AF_INET6", &to_hex(v6)).unwrap_or_else(|e| panic!("{v6:?}: {e}"));
    assert_eq!(
        inet_pton("AF_INET6", &text).ok().as_deref(),
        Some(&v6[..]),
        "{text}"
    );
    assert_eq!(
        text.parse::<Ipv6Addr>().ok(),
        Some(Ipv6Addr::from(*v6)),
        "{text}"
    );
}

fn text_reads_back(family: &str, width: Option<usize>, text: &str) {
    let Some(width) = width else {
        assert!(inet_pton(family, text).is_err(), "{family} {text:?}");
        return;
    };
    if let Ok(packed) = inet_pton(family, text) {
        assert_eq!(packed.len(), width, "{family} {text:?}");
        let written = inet_ntop(family, &to_hex(&packed))
            .unwrap_or_else(|e| panic!("{family} {text:?}: {e}"));
        assert_eq!(inet_pton(family, &written).ok(), Some(packed.clone()));
        if width == 4 {
            // What the strict parser takes, the lenient one takes the same way.
            assert_eq!(inet_aton(text).ok().map(Vec::from), Some(packed));
        }
    }
}

fn aton_reads_back(text: &str) {
    if let Ok(packed) = inet_aton(text) {
        let written = inet_ntoa(&to_hex(&packed)).unwrap_or_else(|e| panic!("{text:?}: {e}"));
        assert_eq!(
            inet_aton(&written).ok(),
            Some(packed),
            "{text:?} -> {written}"
        );
        assert_eq!(inet_pton("AF_INET", &written).ok(), Some(packed.to_vec()));
    }
}

fn packed_text_reads_back(text: &str) {
    let bytes = parse_hex(text).ok();
    for (family, width) in [("AF_INET", 4), ("AF_INET6", 16)] {
        match inet_ntop(family, text) {
            Ok(written) => {
                let bytes = bytes.clone().unwrap_or_default();
                assert_eq!(bytes.len(), width, "{text:?}");
                assert_eq!(inet_pton(family, &written).ok(), Some(bytes), "{text:?}");
            }
            Err(_) => assert!(bytes.as_ref().is_none_or(|b| b.len() != width), "{text:?}"),
        }
    }
    match inet_ntoa(text) {
        Ok(written) => assert_eq!(
            inet_aton(&written).ok().map(Vec::from),
            bytes,
            "{text:?} -> {written}"
        ),
        Err(_) => assert!(bytes.is_none_or(|b| b.len() != 4), "{text:?}"),
    }
}

fn report_agrees(text: &str) {
    let Ok(r) = run(text) else {
        // Refused: no parser took it and it is not 4 or 16 bytes of hex.
        let no_parser = inet_pton("AF_INET", text).is_err()
            && inet_pton("AF_INET6", text).is_err()
            && inet_aton(text).is_err();
        let no_packed = !matches!(parse_hex(text).map(|b| b.len()), Ok(4 | 16));
        assert!(no_parser && no_packed, "{text:?} refused");
        return;
    };
    let packed = parse_hex(&r.packed).unwrap_or_else(|e| panic!("{text:?}: {e}"));
    let (family, width) = if r.family == "AF_INET" {
        ("AF_INET", 4)
    } else {
        ("AF_INET6", 16)
    };
    assert_eq!(packed.len(), width, "{text:?}");
    let accepted = [
        inet_pton("AF_INET", text).ok(),
        inet_pton("AF_INET6", text).ok(),
        inet_aton(text).ok().map(Vec::from),
    ];
    for (view, answer) in r.parsers.iter().zip(&accepted) {
        assert_eq!(view.accepted, answer.is_some(), "{text:?}: {}", view.call);
        assert_eq!(view.packed, answer.as_deref().map(to_hex), "{text:?}");
    }
    match r.form {
        "text" => assert!(accepted.contains(&Some(packed.clone())), "{text:?}"),
        "packed" => {
            assert!(accepted.iter().all(Option::is_none), "{text:?}");
            assert_eq!(parse_hex(text).ok().as_ref(), Some(&packed), "{text:?}");
        }
        other => panic!("{text:?}: form {other:?}"),
    }
    assert_eq!(
        inet_ntop(family, &r.packed).ok().as_ref(),
        Some(&r.inet_ntop)
    );
    assert_eq!(inet_pton(family, &r.inet_ntop).ok().as_ref(), Some(&packed));
    let integer = packed
        .iter()
        .fold(0u128, |acc, &b| acc << 8 | u128::from(b));
    assert_eq!(r.integer, integer.to_string(), "{text:?}");
    assert_eq!(r.inet_ntoa, inet_ntoa(&r.packed).ok(), "{text:?}");
    if width == 4 {
        assert!(r.mapped_ipv4.is_none(), "{text:?}");
    }
}

//! `HOST:PORT` and `ADDR[:PORT]` forms: whatever is accepted has a non-empty host and a
//! usable port, writes back (`[v6]:port` when the host has colons) into text that parses
//! to the same endpoint, and a peer with a numeric port is the same host and port when
//! read as a source address.
#![no_main]

use libfuzzer_sys::fuzz_target;
use sockref::socket_module::endpoint::{parse_source, parse_target};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    if let Ok(target) = parse_target(text) {
        assert!(!target.host.is_empty(), "{text:?}");
        assert!(!target.port.is_empty(), "{text:?}");
        let numeric = target.port.strip_prefix(['+', '-']).unwrap_or(&target.port);
        if !numeric.is_empty() && numeric.bytes().all(|b| b.is_ascii_digit()) {
            assert!(target.port_number().is_some(), "{text:?} -> {target:?}");
            let source = parse_source(text);
            assert_eq!(
                source.as_ref().map(|s| (s.host.as_str(), Some(s.port))),
                Ok((target.host.as_str(), target.port_number())),
                "{text:?}"
            );
        } else {
            assert!(
                !target
                    .port
                    .chars()
                    .any(|c| c.is_whitespace() || c.is_control()),
                "{text:?} -> {target:?}"
            );
        }
        let written = join(&target.host, &target.port);
        assert_eq!(
            parse_target(&written),
            Ok(target),
            "{text:?} -> {written:?}"
        );
    }
    if let Ok(source) = parse_source(text) {
        assert!(!source.host.is_empty(), "{text:?}");
        let written = join(&source.host, &source.port.to_string());
        // Scopes with `]` are refused (tests/fuzz_regressions.rs::a_source_scope_cannot_hold_a_bracket).
        {
            assert_eq!(
                parse_source(&written),
                Ok(source.clone()),
                "{text:?} -> {written:?}"
            );
        }
        if source.port == 0 {
            // Port 0 is the default: the host alone reads back as the same source.
            assert_eq!(parse_source(&source.host), Ok(source), "{text:?}");
        }
    }
});

/// A host and port as RFC 3986 section 3.2.2 writes them: brackets around an IPv6 host.
fn join(host: &str, port: &str) -> String {
    if host.contains(':') {
        format!("[{host}]:{port}")
    } else {
        format!("{host}:{port}")
    }
}

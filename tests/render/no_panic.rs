//! Properties over arbitrary input: the parsers and the pure commands answer with a value
//! or an error, never a panic, and the escaper never lets a control character through.

use proptest::prelude::*;

use sockref::commands::{byteorder, inet};
use sockref::output::escape::escape_untrusted;
use sockref::reference::constants::AI;
use sockref::socket_module::parse::{parse_flags, parse_hex, parse_int};
use sockref::socket_module::{self as core, endpoint};

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn parsers_never_panic(s in "\\PC*") {
        let _ = parse_int(&s);
        let _ = parse_hex(&s);
        let _ = parse_flags(&AI, &s);
    }

    #[test]
    fn number_commands_never_panic(s in "[-+0-9a-fA-FxXoObB_]{0,40}") {
        let _ = byteorder::run(&s);
        let _ = core::byteorder::htons(&s);
        let _ = core::byteorder::htonl(&s);
        let _ = core::byteorder::ntohs(&s);
        let _ = core::byteorder::ntohl(&s);
    }

    #[test]
    fn address_commands_never_panic(s in "[0-9a-fA-FxX.:%/ \\-]{0,60}") {
        let _ = inet::run(&s);
        let _ = core::inet::inet_aton(&s);
        let _ = core::inet::inet_ntoa(&s);
        let _ = core::inet::inet_pton("AF_INET6", &s);
        let _ = core::inet::inet_pton("AF_INET", &s);
        let _ = core::inet::inet_ntop("AF_INET6", &s);
        let _ = core::inet::inet_ntop("AF_INET", &s);
    }

    #[test]
    fn endpoints_parse_or_say_why(s in "[0-9a-z.:%\\[\\]\\- ]{0,40}") {
        if let Ok(t) = endpoint::parse_target(&s) {
            prop_assert!(!t.host.is_empty() && !t.port.is_empty());
        }
        if let Ok(source) = endpoint::parse_source(&s) {
            prop_assert!(!source.host.is_empty());
        }
    }

    #[test]
    fn arbitrary_text_is_handled(s in any::<String>()) {
        let _ = inet::run(&s);
        let _ = byteorder::run(&s);
    }

    #[test]
    fn escaping_removes_every_control_character(bytes in proptest::collection::vec(any::<u8>(), 0..200)) {
        let shown = escape_untrusted(&bytes);
        prop_assert!(!shown.chars().any(char::is_control));
        let bidi_override = '\u{202e}';
        prop_assert!(!shown.contains(bidi_override));
    }

    #[test]
    fn byte_order_mirrors_round_trip(x in any::<u16>(), y in any::<u32>()) {
        let swapped = core::byteorder::htons(&x.to_string()).map_err(|e| TestCaseError::fail(e.to_string()))?;
        prop_assert_eq!(core::byteorder::ntohs(&swapped.to_string()).ok(), Some(x));
        let swapped = core::byteorder::htonl(&y.to_string()).map_err(|e| TestCaseError::fail(e.to_string()))?;
        prop_assert_eq!(core::byteorder::ntohl(&swapped.to_string()).ok(), Some(y));
    }
}

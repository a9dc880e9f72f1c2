//! `--code LANG` from the outside: which commands take it, the errors of input a program
//! cannot be written for, the JSON form, and that no call is made to write one.

use serde_json::Value;

use crate::support::cli::{fails_with, json_error, json_of, sockref};

#[test]
fn every_mirror_and_lookup_verb_takes_code() {
    let commands: &[&[&str]] = &[
        &["resolve", "localhost"],
        &["reverse", "127.0.0.1"],
        &["hostname"],
        &["service", "https"],
        &["proto", "tcp"],
        &["byteorder", "1"],
        &["inet", "::1"],
        &["gethostbyname", "localhost"],
        &["gethostbyname_ex", "localhost"],
        &["gethostbyaddr", "127.0.0.1"],
        &["getaddrinfo", "localhost", "80"],
        &["getnameinfo", "127.0.0.1", "80"],
        &["gethostname"],
        &["getfqdn"],
        &["getservbyname", "https"],
        &["getservbyport", "443"],
        &["getprotobyname", "tcp"],
        &["htons", "1"],
        &["htonl", "1"],
        &["ntohs", "1"],
        &["ntohl", "1"],
        &["inet_pton", "inet", "127.0.0.1"],
        &["inet_ntop", "inet", "7f000001"],
        &["inet_aton", "127.1"],
        &["inet_ntoa", "7f000001"],
        &["CMSG_LEN", "4"],
        &["CMSG_SPACE", "4"],
        &["has_ipv6"],
        &["has_dualstack_ipv6"],
        &["getsockopt", "inet", "stream", "SOL_SOCKET", "SO_RCVBUF"],
        &[
            "setsockopt",
            "inet",
            "stream",
            "SOL_SOCKET",
            "SO_RCVBUF",
            "4096",
        ],
        &["create_connection", "127.0.0.1:9"],
        &["socketpair"],
        &["send_fds"],
        &["create_server"],
        &["if_nameindex"],
        &["if_nametoindex", "lo"],
        &["if_indextoname", "1"],
        &["fromfd", "1", "3"],
    ];
    for command in commands {
        for language in ["python", "c", "rust"] {
            let mut args = command.to_vec();
            args.extend(["--code", language]);
            let json = json_of(&args);
            assert_eq!(json["language"], language, "{args:?}");
            let source = json["source"].as_str().unwrap_or_default();
            assert!(source.len() > 40, "{args:?}: {source}");
            assert!(
                json["calls"].as_array().is_some_and(|c| !c.is_empty()),
                "{args:?}"
            );
        }
    }
}

/// The program is the report under `--json`, and the plain output is the source alone.
#[test]
fn the_json_form_carries_the_program() {
    let json = json_of(&["getservbyport", "443", "tcp", "--code", "rust"]);
    assert_eq!(
        json["calls"],
        serde_json::json!(["getservbyport(443, \"tcp\")"])
    );
    assert_eq!(json["crates"], serde_json::json!(["libc"]));
    let plain = sockref()
        .args(["getservbyport", "443", "tcp", "--code", "rust"])
        .output()
        .expect("run sockref");
    assert_eq!(
        String::from_utf8_lossy(&plain.stdout),
        json["source"].as_str().unwrap_or_default()
    );
    let std_only = json_of(&["ntohl", "1", "--code", "rust"]);
    assert_eq!(std_only["crates"], Value::Array(Vec::new()));
    assert!(
        std_only["run"]
            .as_str()
            .is_some_and(|r| r.starts_with("rustc"))
    );
}

/// Writing a program makes no lookup: a name nothing can resolve still gets one, at once.
#[test]
fn a_program_is_written_without_making_the_call() {
    let json = json_of(&[
        "gethostbyname",
        "nosuch.invalid",
        "--code",
        "c",
        "--timeout",
        "1",
    ]);
    assert!(
        json["source"]
            .as_str()
            .is_some_and(|s| s.contains("\"nosuch.invalid\""))
    );
    let json = json_of(&["create_connection", "127.0.0.1:9", "--code", "python"]);
    assert!(
        json["source"]
            .as_str()
            .is_some_and(|s| s.contains("create_connection((\"127.0.0.1\", 9), timeout=5.0)"))
    );
}

/// Input the command itself refuses is refused with `--code` too, with the same words.
#[test]
fn bad_input_is_refused_as_without_code() {
    for args in [
        &["htons", "70000"][..],
        &["getservbyport", "70000"],
        &["getaddrinfo", "localhost", "80", "--family", "nosuch"],
        &["getnameinfo", "127.0.0.1", "x"],
        &["inet_ntop", "inet", "7f00"],
        &["byteorder", "-1"],
        &["getsockopt", "inet", "stream", "nosuch", "SO_RCVBUF"],
        &[
            "setsockopt",
            "inet",
            "stream",
            "SOL_SOCKET",
            "SO_RCVBUF",
            "x",
        ],
        &["create_server", "[::1]:99999"],
    ] {
        let without = json_error(args, 2);
        let mut with = args.to_vec();
        with.extend(["--code", "c"]);
        let error = json_error(&with, 2);
        assert_eq!(error, without, "{with:?}");
    }
}

/// A call the platform refuses is still a call: its program shows it fail.
#[test]
fn a_refused_conversion_still_gets_a_program() {
    let json = json_of(&["inet_pton", "inet", "127.1", "--code", "python"]);
    assert!(
        json["source"]
            .as_str()
            .is_some_and(|s| s.contains("socket.inet_pton(socket.AF_INET, \"127.1\")"))
    );
}

#[test]
fn python_has_no_getprotobynumber() {
    fails_with(
        &["proto", "17", "--code", "python"],
        &["getprotobynumber(17)", "no python program", "C and Rust"],
    );
    let json = json_of(&["proto", "17", "--code", "c"]);
    assert!(
        json["source"]
            .as_str()
            .is_some_and(|s| s.contains("getprotobynumber(17)"))
    );
}

#[test]
fn code_is_an_option_of_the_commands_that_make_calls_only() {
    for args in [
        &["errno", "ECONNREFUSED", "--code", "c"][..],
        &["const", "AF_INET", "--code", "c"],
        &["echo", "--code", "c"],
        &["service", "--all", "--code", "c"],
        &["htons", "1", "--code", "java"],
    ] {
        let output = sockref().args(args).output().expect("run sockref");
        assert_eq!(output.status.code(), Some(2), "{args:?}");
        assert!(output.stdout.is_empty(), "{args:?}");
    }
}

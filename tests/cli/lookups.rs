//! CLI behaviour: exit statuses, error lines, JSON shapes, output formats, colour, closed
//! pipes. Everything here stays off the network: names come from /etc/hosts (localhost)
//! or are numeric, and failures are provoked with AI_NUMERICHOST so that no query ever
//! leaves the machine.

use std::io::Write;
use std::process::{Command as Process, Stdio};

use predicates::prelude::*;
use serde_json::Value;

use crate::support::cli::{json_error, json_of, sockref};

#[test]
fn mirrors_use_one_json_shape() {
    let v = json_of(&["htons", "9999"]);
    assert_eq!(v["function"], "htons");
    assert_eq!(v["args"], serde_json::json!({"x": 9999}));
    assert_eq!(v["result"], u16::from_ne_bytes(9999u16.to_be_bytes()));

    let v = json_of(&["inet_pton", "AF_INET6", "::1"]);
    assert_eq!(v["args"]["address_family"], "AF_INET6");
    assert_eq!(v["result"], "00000000000000000000000000000001");

    let v = json_of(&["getaddrinfo", "::1", "80", "--type", "stream"]);
    assert_eq!(
        v["result"],
        serde_json::json!([{"family": "AF_INET6", "type": "SOCK_STREAM", "proto": 6, "canonname": "",
            "sockaddr": {"address": "::1", "port": 80, "flowinfo": 0, "scope_id": 0}}])
    );

    let v = json_of(&[
        "getnameinfo",
        "127.0.0.1",
        "80",
        "--flags",
        "NI_NUMERICHOST|NI_NUMERICSERV",
    ]);
    assert_eq!(
        v["args"]["sockaddr"],
        serde_json::json!({"address": "127.0.0.1", "port": 80})
    );
    assert_eq!(
        v["result"],
        serde_json::json!({"host": "127.0.0.1", "port": "80"})
    );
}

#[test]
fn symbolic_names_are_accepted_in_every_spelling() {
    let spellings = [
        ["--family", "AF_INET", "--type", "SOCK_DGRAM"],
        ["--family", "inet", "--type", "dgram"],
        ["--family", "2", "--type", "2"],
    ];
    let answers: Vec<Value> = spellings
        .iter()
        .map(|s| {
            let mut args = vec!["getaddrinfo", "127.0.0.1", "53"];
            args.extend_from_slice(s);
            json_of(&args)["result"].clone()
        })
        .collect();
    assert_eq!(answers[0], answers[1]);
    assert_eq!(answers[0], answers[2]);
    let flags = json_of(&[
        "getaddrinfo",
        "None",
        "80",
        "--flags",
        "passive,numericserv",
        "--family",
        "inet",
    ]);
    assert_eq!(flags["result"][0]["sockaddr"]["address"], "0.0.0.0");
}

#[test]
fn gai_errors_name_call_input_code_and_words() {
    sockref()
        .args([
            "getaddrinfo",
            "nosuch.invalid",
            "None",
            "--flags",
            "AI_NUMERICHOST",
        ])
        .assert()
        .code(1)
        .stdout("")
        .stderr(
            "sockref: getaddrinfo(\"nosuch.invalid\", None, flags=AI_NUMERICHOST): \
             EAI_NONAME (-2): Name or service not known\n",
        );
    let e = json_error(
        &[
            "getaddrinfo",
            "nosuch.invalid",
            "None",
            "--flags",
            "numerichost",
        ],
        1,
    );
    assert_eq!(e["error"]["kind"], "gaierror");
    assert_eq!(e["error"]["call"], "getaddrinfo");
    assert_eq!(e["error"]["code"], -2);
    assert_eq!(e["error"]["name"], "EAI_NONAME");
    assert_eq!(e["error"]["message"], "Name or service not known");
}

#[test]
fn malformed_questions_are_exit_two() {
    let e = json_error(&["getaddrinfo", "x", "80", "--flags", "0xffff"], 2);
    assert_eq!(e["error"]["name"], "EAI_BADFLAGS");
    let e = json_error(&["getaddrinfo", "x", "80", "--family", "AF_INET7"], 2);
    assert_eq!(e["error"]["kind"], "input");
    sockref()
        .args([
            "getaddrinfo",
            "::1",
            "80",
            "--family",
            "AF_INET",
            "--flags",
            "numerichost",
        ])
        .assert()
        .code(predicate::in_iter([1, 2]))
        .stderr(predicate::str::starts_with(
            "sockref: getaddrinfo(\"::1\", 80, family=AF_INET",
        ));
}

#[test]
fn byte_order_mirrors_reject_what_python_rejects() {
    sockref()
        .args(["htons", "70000"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("htons(70000)").and(predicate::str::contains("16 bits")));
    sockref()
        .args(["htonl", "-1"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("htonl(-1)").and(predicate::str::contains("negative")));
    sockref()
        .args(["ntohl", "4294967296"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("32 bits"));
    sockref().args(["htons", "12abc"]).assert().code(2);
    let e = json_error(&["ntohs", "65536"], 2);
    assert_eq!(e["error"]["kind"], "input");
}

#[test]
fn byteorder_reads_every_radix() {
    let decimal = json_of(&["byteorder", "9999"]);
    for spelling in ["0x270f", "0o23417", "0b10011100001111", "9_999"] {
        let other = json_of(&["byteorder", spelling]);
        assert_eq!(other["widths"], decimal["widths"], "{spelling}");
    }
    assert_eq!(decimal["widths"][0]["network_bytes"], "270f");
    let big = json_of(&["byteorder", "70000"]);
    assert_eq!(big["widths"][0]["fits"], false);
    sockref().args(["byteorder", "-1"]).assert().code(2);
    sockref()
        .args(["byteorder", "18446744073709551616"])
        .assert()
        .code(2);
}

#[test]
fn inet_shows_each_parser_verdict() {
    let v = json_of(&["inet", "127.1"]);
    let verdicts: Vec<bool> = v["parsers"]
        .as_array()
        .expect("parsers")
        .iter()
        .map(|p| p["accepted"].as_bool().unwrap_or(false))
        .collect();
    assert_eq!(verdicts, [false, false, true]);
    assert_eq!(v["inet_ntop"], "127.0.0.1");
    assert_eq!(v["classes"][0]["name"], "loopback");

    let v = json_of(&["inet", "::ffff:192.168.1.1"]);
    assert_eq!(v["mapped_ipv4"]["classes"][0]["name"], "private");
    let v = json_of(&["inet", "20010db8000000000000000000000001"]);
    assert_eq!(v["form"], "packed");
    assert_eq!(v["inet_ntop"], "2001:db8::1");
    sockref()
        .args(["inet", "nonsense"])
        .assert()
        .code(2)
        .stderr(predicate::str::starts_with("sockref: inet("));
}

#[test]
fn inet_mirrors_fail_with_exit_two() {
    sockref()
        .args(["inet_pton", "AF_INET", "127.1"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("illegal IP address string"));
    sockref()
        .args(["inet_pton", "AF_UNIX", "x"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("EAFNOSUPPORT"));
    sockref()
        .args(["inet_ntop", "AF_INET", "7f0000"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("invalid length"));
    sockref()
        .args(["inet_ntoa", "7f"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("wrong length"));
    sockref().args(["inet_ntoa", "zz"]).assert().code(2);
    assert_eq!(json_of(&["inet_aton", "0x7f.1"])["result"], "7f000001");
}

#[test]
fn services_and_protocols() {
    let v = json_of(&["service", "https"]);
    let protos: Vec<&str> = v["services"]
        .as_array()
        .expect("rows")
        .iter()
        .filter_map(|r| r["proto"].as_str())
        .collect();
    assert!(protos.contains(&"tcp"), "{v}");
    let v = json_of(&["service", "443", "--proto", "tcp"]);
    assert_eq!(v["services"][0]["name"], "https");
    sockref()
        .args(["service", "no-such-service"])
        .assert()
        .code(1)
        .stderr("sockref: getservbyname(\"no-such-service\", None): service/proto not found\n");
    sockref()
        .args(["service", "70000"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("0-65535"));
    assert_eq!(json_of(&["getservbyport", "22", "tcp"])["result"], "ssh");
    sockref().args(["getservbyport", "-1"]).assert().code(2);

    assert_eq!(json_of(&["proto", "6"])["protocols"][0]["name"], "tcp");
    assert_eq!(json_of(&["getprotobyname", "udp"])["result"], 17);
    sockref()
        .args(["proto", "nosuchproto"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("protocol not found"));
    let all = json_of(&["proto", "--all"]);
    assert!(all["protocols"].as_array().map_or(0, Vec::len) > 10);
}

#[test]
fn resolve_keeps_input_order_and_reports_failures_per_name() {
    let mut file = tempfile_with("# names\n::1\n\nnot..valid\n127.0.0.1\n");
    file.flush().expect("flush");
    let output = sockref()
        .args(["resolve", "localhost", "--file"])
        .arg(file.path())
        .args(["--json"])
        .output()
        .expect("run");
    assert_eq!(output.status.code(), Some(1), "one failure means exit 1");
    let v: Value = serde_json::from_slice(&output.stdout).expect("json");
    let inputs: Vec<&str> = v["results"]
        .as_array()
        .expect("results")
        .iter()
        .filter_map(|r| r["input"].as_str())
        .collect();
    assert_eq!(inputs, ["localhost", "::1", "not..valid", "127.0.0.1"]);
    assert_eq!(v["results"][2]["status"], "error");
    assert_eq!(v["results"][2]["error"]["kind"], "gaierror");
    assert_eq!(v["results"][1]["addresses"][0]["family"], "AF_INET6");
}

#[test]
fn resolve_reads_stdin_and_filters_family_and_type() {
    let v: Value = serde_json::from_slice(
        &sockref()
            .args([
                "resolve",
                "-",
                "-6",
                "--type",
                "stream",
                "--service",
                "http",
                "--json",
            ])
            .write_stdin("::1\n")
            .output()
            .expect("run")
            .stdout,
    )
    .expect("json");
    let a = &v["results"][0]["addresses"][0];
    assert_eq!(a["family"], "AF_INET6");
    assert_eq!(a["port"], 80);
    assert_eq!(a["types"], serde_json::json!(["SOCK_STREAM"]));
    sockref()
        .args(["resolve"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("no host names"));
    sockref()
        .args(["resolve", "--file", "/nonexistent/names"])
        .assert()
        .code(2);
    sockref()
        .args(["resolve", "-4", "-6", "localhost"])
        .assert()
        .code(2);
}

#[test]
fn formats_table_tsv_and_ascii() {
    sockref()
        .args(["getaddrinfo", "127.0.0.1", "80", "--type", "stream", "--format", "tsv"])
        .assert()
        .success()
        .stdout("#\tfamily\ttype\tproto\tcanonname\taddress\tport\n0\tAF_INET\tSOCK_STREAM\t6\t\t127.0.0.1\t80\n");
    // Piped output is ASCII and colourless unless colour is forced.
    let table = sockref()
        .args(["service", "ssh"])
        .output()
        .expect("run")
        .stdout;
    assert!(table.is_ascii());
    assert!(!table.contains(&0x1b));
    let forced = sockref()
        .args(["service", "ssh", "--color", "always"])
        .output()
        .expect("run")
        .stdout;
    assert!(
        forced.contains(&0x1b),
        "--color always colours even when piped"
    );
    let none = sockref()
        .args(["service", "ssh", "--color", "always", "--json"])
        .output()
        .expect("run")
        .stdout;
    assert!(!none.contains(&0x1b), "JSON is never coloured");
}

#[test]
fn hostile_input_never_reaches_the_terminal_raw() {
    let output = sockref()
        .args(["inet", "\x1b]0;pwned\x07"])
        .output()
        .expect("run");
    assert_eq!(output.status.code(), Some(2));
    assert!(
        !output.stderr.contains(&0x1b),
        "{:?}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(String::from_utf8_lossy(&output.stderr).contains("\\x1b"));
    sockref()
        .args(["getaddrinfo", "a\u{202e}b", "80", "--flags", "numerichost"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("\\u{202e}"));
}

#[test]
fn a_closed_pipe_ends_quietly() {
    let mut child = Process::new(assert_cmd::cargo::cargo_bin("sockref"))
        .args(["service", "--all"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn");
    drop(child.stdout.take());
    let output = child.wait_with_output().expect("wait");
    assert_eq!(output.status.code(), Some(0));
    assert!(
        output.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
}

#[test]
fn bad_timeouts_and_usage_are_exit_two() {
    sockref()
        .args(["--timeout", "0", "hostname"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("--timeout"));
    sockref().args(["nosuchcommand"]).assert().code(2);
    sockref().assert().code(2);
}

#[test]
fn hostname_and_mirrors_agree() {
    let verb = json_of(&["hostname"]);
    let mirror = json_of(&["gethostname"]);
    assert_eq!(verb["hostname"], mirror["result"]);
    let fqdn = json_of(&["getfqdn"]);
    assert_eq!(verb["fqdn"], fqdn["result"]);
}

/// A named temporary file with `contents`, removed when dropped.
fn tempfile_with(contents: &str) -> tempfile::NamedTempFile {
    let mut file = tempfile::NamedTempFile::new().expect("create temp file");
    file.write_all(contents.as_bytes())
        .expect("write temp file");
    file
}

#[test]
fn color_always_means_always_even_with_no_color_set() {
    // Green is how a resolved address is shown; NO_COLOR only speaks for `--color auto`.
    let green = predicate::str::contains("\u{1b}[38;5;10m");
    sockref()
        .args(["--color", "always", "resolve", "localhost"])
        .env("NO_COLOR", "1")
        .assert()
        .success()
        .stdout(green.clone());
    sockref()
        .args(["resolve", "localhost"])
        .env("NO_COLOR", "1")
        .assert()
        .success()
        .stdout(green.not());
}

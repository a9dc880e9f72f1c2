//! `sockref errno` from the outside: every way to ask (name in any case, number in any
//! radix and sign, alias, `--list`, `--search`, `--kind`), the ambiguous numbers, the JSON
//! shape and every error path with its exit status. Messages are the platform's, so they
//! are checked against the C library by the conformance tests, not typed in here.

use predicates::prelude::*;
use serde_json::Value;

use crate::support::cli::sockref;

/// The `errors` array of a successful `--json` run.
fn errors_of(args: &[&str]) -> Vec<Value> {
    let output = sockref()
        .arg("errno")
        .args(args)
        .arg("--json")
        .output()
        .expect("run sockref");
    assert_eq!(
        output.status.code(),
        Some(0),
        "{args:?}: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    let doc: Value = serde_json::from_slice(&output.stdout).expect("valid JSON on stdout");
    doc["errors"]
        .as_array()
        .cloned()
        .expect("an \"errors\" array")
}

/// (kind, name, number) of each entry.
fn keys(errors: &[Value]) -> Vec<(String, String, i64)> {
    errors
        .iter()
        .map(|e| {
            (
                e["kind"].as_str().unwrap_or("?").to_string(),
                e["name"].as_str().unwrap_or("?").to_string(),
                e["number"].as_i64().unwrap_or(i64::MIN),
            )
        })
        .collect()
}

fn key(kind: &str, name: &str, number: i32) -> (String, String, i64) {
    (kind.to_string(), name.to_string(), number.into())
}

#[test]
fn a_name_gives_one_entry_with_every_field() {
    let errors = errors_of(&["ECONNREFUSED"]);
    assert_eq!(
        keys(&errors),
        vec![key("errno", "ECONNREFUSED", libc::ECONNREFUSED)]
    );
    let e = &errors[0];
    let fields: Vec<&str> = e
        .as_object()
        .map(|o| o.keys().map(String::as_str).collect())
        .unwrap_or_default();
    assert_eq!(
        fields,
        [
            "kind", "name", "number", "message", "aliases", "python", "calls", "cause"
        ]
    );
    assert!(e["message"].as_str().is_some_and(|m| !m.is_empty()));
    assert_eq!(e["aliases"], serde_json::json!([]));
    assert!(
        e["calls"]
            .as_array()
            .is_some_and(|c| c.contains(&Value::from("connect")))
    );
    assert!(e["cause"].as_str().is_some_and(|c| c.contains("listens")));
}

#[test]
fn names_are_case_insensitive_across_kinds() {
    assert_eq!(errors_of(&["econnrefused"]), errors_of(&["ECONNREFUSED"]));
    assert_eq!(
        keys(&errors_of(&["eai_noname"])),
        vec![key("gaierror", "EAI_NONAME", libc::EAI_NONAME)]
    );
    assert_eq!(
        keys(&errors_of(&["Host_Not_Found"])),
        vec![key("herror", "HOST_NOT_FOUND", 1)]
    );
}

#[test]
fn numbers_in_any_radix() {
    let refused = vec![key("errno", "ECONNREFUSED", libc::ECONNREFUSED)];
    for spelling in ["111", "0x6f", "0o157", "0b1101111", "+111"] {
        assert_eq!(keys(&errors_of(&[spelling])), refused, "{spelling}");
    }
}

#[test]
fn a_negative_number_is_an_eai_code_only() {
    assert_eq!(
        keys(&errors_of(&["-2"])),
        vec![key("gaierror", "EAI_NONAME", libc::EAI_NONAME)]
    );
    assert_eq!(
        keys(&errors_of(&["-11"])),
        vec![key("gaierror", "EAI_SYSTEM", libc::EAI_SYSTEM)]
    );
}

#[test]
fn an_ambiguous_number_shows_every_match_with_its_kind() {
    assert_eq!(
        keys(&errors_of(&["2"])),
        vec![
            key("errno", "ENOENT", libc::ENOENT),
            key("herror", "TRY_AGAIN", 2)
        ]
    );
    sockref()
        .args(["errno", "2"])
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "2 is ENOENT (errno) and TRY_AGAIN (h_errno).",
        ));
    // -1 is both EAI_BADFLAGS and h_errno's NETDB_INTERNAL.
    assert_eq!(
        keys(&errors_of(&["-1"])),
        vec![
            key("gaierror", "EAI_BADFLAGS", libc::EAI_BADFLAGS),
            key("herror", "NETDB_INTERNAL", -1)
        ]
    );
}

#[test]
fn kind_narrows_the_answer() {
    assert_eq!(
        keys(&errors_of(&["2", "--kind", "herror"])),
        vec![key("herror", "TRY_AGAIN", 2)]
    );
    assert_eq!(
        keys(&errors_of(&["2", "--kind", "errno"])),
        vec![key("errno", "ENOENT", libc::ENOENT)]
    );
    assert_eq!(
        keys(&errors_of(&["--kind", "gaierror", "-2"])),
        vec![key("gaierror", "EAI_NONAME", libc::EAI_NONAME)]
    );
    let listed = errors_of(&["--list", "--kind", "eai"]);
    assert!(listed.iter().all(|e| e["kind"] == "gaierror"));
    sockref()
        .args(["errno", "-2", "--kind", "errno"])
        .assert()
        .code(1)
        .stdout("")
        .stderr("sockref: errno(-2, kind=errno): no errno value has that number\n");
    sockref()
        .args(["errno", "ECONNREFUSED", "--kind", "herror"])
        .assert()
        .code(1)
        .stderr("sockref: errno(\"ECONNREFUSED\", kind=herror): no h_errno code has that name\n");
}

#[test]
fn an_alias_is_one_entry_under_its_first_name() {
    let errors = errors_of(&["EWOULDBLOCK"]);
    assert_eq!(keys(&errors), vec![key("errno", "EAGAIN", libc::EAGAIN)]);
    assert_eq!(errors[0]["aliases"], serde_json::json!(["EWOULDBLOCK"]));
    assert_eq!(errors_of(&["EAGAIN"]), errors);
    assert_eq!(errors_of(&["enotsup"])[0]["name"], "EOPNOTSUPP");
    assert_eq!(errors_of(&["NO_ADDRESS"])[0]["name"], "NO_DATA");
}

#[test]
fn list_is_errno_then_eai_then_h_errno() {
    let errors = errors_of(&["--list"]);
    let kinds: Vec<&str> = errors.iter().filter_map(|e| e["kind"].as_str()).collect();
    let first = |k: &str| kinds.iter().position(|x| *x == k);
    let last = |k: &str| kinds.iter().rposition(|x| *x == k);
    assert_eq!(first("errno"), Some(0));
    assert!(last("errno") < first("gaierror"));
    assert!(last("gaierror") < first("herror"));
    assert_eq!(last("herror"), Some(kinds.len() - 1));
    for name in ["ECONNREFUSED", "EAI_NONAME", "HOST_NOT_FOUND", "EHWPOISON"] {
        assert!(errors.iter().any(|e| e["name"] == name), "{name}");
    }
    // A value without a note still has its name, number and message.
    let plain = errors.iter().find(|e| e["name"] == "ECHILD");
    assert!(plain.is_some_and(|e| e["calls"] == serde_json::json!([]) && e["cause"] == ""));
}

#[test]
fn search_matches_names_messages_and_causes() {
    let names = |word: &str| -> Vec<String> {
        keys(&errors_of(&["--search", word]))
            .into_iter()
            .map(|(_, name, _)| name)
            .collect()
    };
    assert!(names("refused").contains(&"ECONNREFUSED".to_string()));
    assert!(names("TIME_WAIT").contains(&"EADDRINUSE".to_string()));
    assert!(names("ewouldblock").contains(&"EAGAIN".to_string()));
    let eai_only = errors_of(&["--search", "name", "--kind", "eai"]);
    assert!(!eai_only.is_empty());
    assert!(eai_only.iter().all(|e| e["kind"] == "gaierror"));
    sockref()
        .args(["errno", "--search", "no such words anywhere"])
        .assert()
        .code(1)
        .stdout("")
        .stderr(predicate::str::starts_with(
            "sockref: errno(search=\"no such words anywhere\"): ",
        ));
}

#[test]
fn unknown_names_and_numbers_are_not_in_the_reference() {
    let cases = [
        (
            "EFOO",
            "errno(\"EFOO\"): no errno, EAI or h_errno code has that name",
        ),
        (
            "1x",
            "errno(\"1x\"): no errno, EAI or h_errno code has that name",
        ),
        (
            "99999",
            "errno(99999): no errno, EAI or h_errno code has that number",
        ),
        (
            "-99",
            "errno(-99): no errno, EAI or h_errno code has that number",
        ),
        (
            "123456789012345678901234567890123456789012345",
            "errno(123456789012345678901234567890123456789012345): \
             no errno, EAI or h_errno code has that number",
        ),
    ];
    for (query, line) in cases {
        sockref()
            .args(["errno", query])
            .assert()
            .code(1)
            .stdout("")
            .stderr(format!("sockref: {line}\n"));
    }
    let output = sockref()
        .args(["errno", "EFOO", "--json"])
        .output()
        .expect("run sockref");
    assert_eq!(output.status.code(), Some(1));
    assert!(output.stdout.is_empty());
    let e: Value = serde_json::from_slice(&output.stderr).expect("one JSON object on stderr");
    // Not the platform's "no": sockref's own reference has no such code.
    assert_eq!(e["error"]["kind"], "notfound");
    assert_eq!(e["error"]["call"], "errno");
    assert_eq!(e["error"]["input"], "\"EFOO\"");
    assert_eq!(
        e["error"]["message"],
        "no errno, EAI or h_errno code has that name"
    );
}

#[test]
fn empty_input_and_bad_flags_are_exit_two() {
    sockref()
        .args(["errno", ""])
        .assert()
        .code(2)
        .stdout("")
        .stderr("sockref: errno(\"\"): empty name or number\n");
    sockref()
        .args(["errno", "--search", " "])
        .assert()
        .code(2)
        .stderr("sockref: errno(search=\" \"): the search word is empty\n");
    for args in [
        vec!["errno"],
        vec!["errno", "2", "--list"],
        vec!["errno", "2", "--search", "x"],
        vec!["errno", "--list", "--search", "x"],
        vec!["errno", "2", "--kind", "nosuch"],
        vec!["errno", "--kind"],
        vec!["errno", "2", "3"],
    ] {
        sockref()
            .args(&args)
            .assert()
            .code(2)
            .stdout("")
            .stderr(predicate::str::is_empty().not());
    }
}

#[test]
fn table_and_tsv_forms() {
    let table = sockref()
        .args(["errno", "--list"])
        .output()
        .expect("run sockref");
    assert!(table.status.success());
    let text = String::from_utf8_lossy(&table.stdout);
    assert!(text.starts_with("| kind "), "{text}");
    // Long causes wrap, so even the whole table stays readable when piped.
    let widest = text.lines().map(|l| l.chars().count()).max().unwrap_or(0);
    assert!(widest <= 220, "a line of {widest} characters");

    let tsv = sockref()
        .args(["errno", "--list", "--format", "tsv"])
        .output()
        .expect("run sockref");
    let text = String::from_utf8_lossy(&tsv.stdout);
    let mut lines = text.lines();
    assert_eq!(
        lines.next(),
        Some("kind\tname\tnumber\tmessage\tpython\tcalls\tcause")
    );
    let rows: Vec<&str> = lines.collect();
    assert_eq!(rows.len(), errors_of(&["--list"]).len());
    assert!(rows.iter().all(|r| r.split('\t').count() == 7));
    // A wrapped cause is one field again, word for word the JSON's.
    let eagain = rows
        .iter()
        .map(|r| r.split('\t').collect::<Vec<_>>())
        .find(|f| f[1] == "EAGAIN, EWOULDBLOCK");
    let cause = errors_of(&["EAGAIN"])[0]["cause"].clone();
    assert!(eagain.is_some_and(|f| f[0] == "errno" && cause == f[6]));
}

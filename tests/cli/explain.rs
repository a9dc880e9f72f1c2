//! `--explain` and `--policy` on this machine: the shapes of their answers, their errors,
//! and the options they refuse. Orders against glibc's own are checked in namespaces
//! (tests/resolver/explain.rs).

use crate::support::cli::{fails_with, json_error, json_of, sockref};

#[test]
fn the_policy_alone_needs_no_host_and_ends_every_table_with_a_catch_all() {
    let report = json_of(&["resolve", "--policy"]);
    assert_eq!(report["results"], serde_json::json!([]));
    for table in ["labels", "precedence", "scopev4"] {
        let rows = report["policy"][table]
            .as_array()
            .cloned()
            .unwrap_or_default();
        assert!(!rows.is_empty(), "{table}: {report}");
        // Whatever the file, glibc ends each table with a row that matches everything.
        let bits: Vec<u64> = rows
            .iter()
            .map(|r| r["bits"].as_u64().unwrap_or(999))
            .collect();
        assert!(bits.contains(&0), "{table}: {bits:?}");
    }
    let out = sockref()
        .args(["resolve", "--policy"])
        .output()
        .expect("run");
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.starts_with("getaddrinfo's policy: "), "{text}");
    assert!(text.contains("| precedence | ::1/128"), "{text}");
}

#[test]
fn the_mirror_explains_its_one_call() {
    let report = json_of(&["getaddrinfo", "127.0.0.1", "80", "--explain"]);
    let result = &report["results"][0];
    assert_eq!(result["input"], "getaddrinfo(\"127.0.0.1\", 80)");
    assert_eq!(result["sorted"], false, "one address is not sorted");
    assert_eq!(result["reproduced"], true);
    let d = &result["destinations"][0];
    assert_eq!(d["destination"], "127.0.0.1");
    assert_eq!(d["port"], 80);
    assert_eq!(d["source"]["address"], "127.0.0.1");
    assert_eq!(d["scope"], 2, "127/8 is link-local to glibc");
    assert_eq!(d["precedence"], 10);
    assert_eq!(d["types"].as_array().map(Vec::len), Some(3));
}

#[test]
fn resolve_explains_each_name_and_reports_the_ones_that_fail() {
    let output = sockref()
        .args([
            "resolve",
            "127.0.0.1",
            "::1",
            "nosuch.invalid",
            "--explain",
            "--json",
        ])
        .output()
        .expect("run");
    assert_eq!(
        output.status.code(),
        Some(1),
        "a name that does not resolve"
    );
    let report: serde_json::Value = serde_json::from_slice(&output.stdout).expect("JSON");
    let results = report["results"].as_array().cloned().unwrap_or_default();
    assert_eq!(results.len(), 3);
    assert_eq!(
        results[1]["destinations"][0]["label"], 0,
        "::1 has a label of its own"
    );
    assert_eq!(results[1]["destinations"][0]["precedence"], 50);
    assert_eq!(results[2]["status"], "error");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("nosuch.invalid") && stderr.contains("EAI_NONAME"),
        "{stderr}"
    );
}

#[test]
fn a_failed_mirror_call_is_the_mirrors_error() {
    let e = json_error(&["getaddrinfo", "nosuch.invalid", "80", "--explain"], 1);
    assert_eq!(e["error"]["call"], "getaddrinfo", "{e}");
    assert_eq!(e["error"]["name"], "EAI_NONAME", "{e}");
}

#[test]
fn explain_and_policy_refuse_code_and_want_names() {
    for args in [
        &["resolve", "localhost", "--explain", "--code", "c"][..],
        &["resolve", "--policy", "--code", "python"],
        &[
            "getaddrinfo",
            "localhost",
            "80",
            "--explain",
            "--code",
            "rust",
        ],
    ] {
        let out = sockref().args(args).output().expect("run");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {stderr}");
        assert!(stderr.starts_with("sockref: the argument '--"), "{stderr}");
        assert!(
            stderr.contains("cannot be used with '--code <LANG>'"),
            "{stderr}"
        );
    }
    fails_with(&["resolve", "--explain"], &["resolve", "no host names"]);
}

//! CLI behaviour of `sockref const`: lookups by exact name, prefix, glob and value, the
//! JSON shape, and the exit statuses of a miss (1) and of bad input (2). Values are held
//! to the `libc` crate here; tests/conformance/constants.rs holds them to Python.

use predicates::prelude::*;
use serde_json::Value;

use crate::support::cli::{json_of, sockref};

/// `sockref const ARGS... --json`, which must succeed; the constants it lists.
fn constants(args: &[&str]) -> Vec<Value> {
    let args: Vec<&str> = std::iter::once("const")
        .chain(args.iter().copied())
        .collect();
    json_of(&args)["constants"]
        .as_array()
        .cloned()
        .expect("a \"constants\" array")
}

fn names(rows: &[Value]) -> Vec<&str> {
    rows.iter().filter_map(|r| r["name"].as_str()).collect()
}

#[test]
fn an_exact_name_in_any_case() {
    let rows = constants(&["so_reuseaddr"]);
    assert_eq!(names(&rows), ["SO_REUSEADDR"]);
    assert_eq!(rows[0]["value"], libc::SO_REUSEADDR);
    assert_eq!(rows[0]["group"], "SO");
    // An exact name does not drag in the names it is a prefix of.
    assert_eq!(names(&constants(&["AF_INET"])), ["AF_INET"]);
}

#[test]
fn a_prefix_is_a_group_or_the_start_of_names() {
    let so = constants(&["SO_"]);
    assert!(so.len() > 40, "SO_ lists the socket options");
    assert!(
        so.iter().all(|r| r["group"] == "SO"),
        "SO_ is not SOCK_ or SOL_"
    );
    assert_eq!(names(&constants(&["so"])), names(&so));
    let ip = constants(&["IP"]);
    assert!(
        ip.iter().all(|r| r["group"] == "IP"),
        "IP is not IPV6 or IPPROTO"
    );
    assert_eq!(
        names(&constants(&["TCP_KEEP"])),
        ["TCP_KEEPIDLE", "TCP_KEEPINTVL", "TCP_KEEPCNT"]
    );
}

#[test]
fn a_glob() {
    let rows = constants(&["SO_*BUF"]);
    let found = names(&rows);
    assert!(
        found.contains(&"SO_SNDBUF") && found.contains(&"SO_RCVBUF"),
        "{found:?}"
    );
    assert!(
        found
            .iter()
            .all(|n| n.starts_with("SO_") && n.ends_with("BUF"))
    );
    assert!(
        !found.contains(&"SO_RCVBUFFORCE"),
        "a glob matches the whole name"
    );
    assert_eq!(names(&constants(&["af_inet?"])), ["AF_INET6"]);
}

#[test]
fn a_value_within_a_prefix() {
    let rows = constants(&["--value", "10", "--prefix", "AF"]);
    assert_eq!(names(&rows), ["AF_INET6"]);
    assert_eq!(rows[0]["value"], 10);
    // Any radix, and negative numbers.
    assert_eq!(
        names(&constants(&["--value", "0xa", "--prefix", "af_"])),
        ["AF_INET6"]
    );
    assert_eq!(
        names(&constants(&["--value", "-2", "--prefix", "EAI"])),
        ["EAI_NONAME"]
    );
}

#[test]
fn every_name_sharing_a_value_is_shown() {
    assert_eq!(
        names(&constants(&["--value", "16", "--prefix", "AF"])),
        ["AF_NETLINK", "AF_ROUTE"]
    );
    assert_eq!(
        names(&constants(&["--value", "1", "--prefix", "AF"])),
        ["AF_UNIX", "AF_LOCAL"]
    );
    let inaddr = constants(&["--value", "0xffffffff", "--prefix", "INADDR"]);
    assert_eq!(names(&inaddr), ["INADDR_BROADCAST", "INADDR_NONE"]);
    // Without a prefix a value is looked for in every group.
    let zeros = constants(&["--value", "0"]);
    for name in ["AF_UNSPEC", "IPPROTO_IP", "SOL_IP", "SHUT_RD", "INADDR_ANY"] {
        assert!(names(&zeros).contains(&name), "{name} has value 0");
    }
}

#[test]
fn the_json_shape() {
    let all = constants(&[]);
    assert_eq!(names(&all), names(&constants(&["--all"])));
    assert!(all.len() > 300);
    for row in &all {
        assert!(row["name"].is_string(), "{row}");
        assert!(row["value"].is_i64(), "an integer: {row}");
        assert!(row["group"].is_string(), "{row}");
        assert!(
            row["meaning"].as_str().is_some_and(|m| !m.is_empty()),
            "{row}"
        );
        assert!(row["hex"].is_null() || row["hex"].is_string(), "{row}");
    }
    let msg = constants(&["MSG_PEEK"]);
    assert_eq!(msg[0]["hex"], format!("{:#x}", libc::MSG_PEEK));
    assert_eq!(constants(&["INADDR_LOOPBACK"])[0]["value"], 0x7f00_0001_u32);
    let somaxconn = constants(&["SOMAXCONN"]);
    assert_eq!(somaxconn[0]["value"], libc::SOMAXCONN);
    let has_ipv6 = constants(&["has_ipv6"]);
    assert!(has_ipv6[0]["value"] == 0 || has_ipv6[0]["value"] == 1);
}

#[test]
fn the_table_and_tsv() {
    sockref()
        .args(["const", "SO_*BUF"])
        .assert()
        .success()
        .stdout(predicate::str::contains("SO_*: socket-level options"))
        .stdout(predicate::str::contains("| name "))
        .stdout(predicate::str::contains("SO_RCVBUF"));
    sockref()
        .args(["const", "MSG_PEEK", "--format", "tsv"])
        .assert()
        .success()
        .stdout(format!(
            "name\tvalue\thex\tmeaning\nMSG_PEEK\t{0}\t{0:#x}\tread data without taking it off the queue\n",
            libc::MSG_PEEK
        ));
}

#[test]
fn no_match_exits_1_and_names_the_pattern() {
    sockref()
        .args(["const", "SO_NOSUCH*"])
        .assert()
        .code(1)
        .stdout("")
        .stderr("sockref: const(\"SO_NOSUCH*\"): no constant matches\n");
    sockref()
        .args(["const", "--value", "12345", "--prefix", "AF"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("no constant matches"));
    let output = sockref()
        .args(["const", "nosuch", "--json"])
        .output()
        .expect("run sockref");
    assert_eq!(output.status.code(), Some(1));
    let error: Value = serde_json::from_slice(&output.stderr).expect("JSON on stderr");
    assert_eq!(error["error"]["kind"], "notfound");
    assert_eq!(error["error"]["call"], "const");
}

#[test]
fn bad_input_exits_2() {
    sockref()
        .args(["const", "--value", "ten"])
        .assert()
        .code(2)
        .stdout("")
        .stderr(predicate::str::contains("\"ten\" is not an integer"));
    sockref()
        .args(["const", "--prefix", "NOPE"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("not a constant group"));
    sockref()
        .args(["const", "AF_INET", "--all"])
        .assert()
        .code(2);
}

#[test]
fn a_closed_pipe_ends_quietly() {
    use std::process::{Command as Process, Stdio};
    let mut child = Process::new(assert_cmd::cargo::cargo_bin("sockref"))
        .arg("const")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn sockref");
    drop(child.stdout.take());
    let output = child.wait_with_output().expect("wait for sockref");
    assert!(
        output.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
}

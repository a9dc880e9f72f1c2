//! CLI behaviour of `sockopt`: tables for every family and type, `--set` with what the
//! kernel kept, `--connected` over loopback with TCP_INFO, raw sockets with and without
//! CAP_NET_RAW, JSON shapes and every error path. Sockets stay on loopback; the only
//! traffic is the handshake of a loopback TCP pair.

use std::process::Command as Process;

use predicates::prelude::*;
use serde_json::Value;

use crate::support::cli::{fails_with, json_error, json_of, sockref};
use crate::support::skip::skip;

fn option<'a>(report: &'a Value, socket: usize, name: &str) -> &'a Value {
    report["sockets"][socket]["options"]
        .as_array()
        .and_then(|o| o.iter().find(|r| r["name"] == name))
        .unwrap_or_else(|| panic!("{name} not in the report"))
}

fn euid() -> Option<u32> {
    let out = Process::new("id").arg("-u").output().ok()?;
    String::from_utf8_lossy(&out.stdout).trim().parse().ok()
}

#[test]
fn every_family_and_type_renders_or_fails_in_socket() {
    for family in ["inet", "inet6", "unix"] {
        for socktype in ["stream", "dgram", "seqpacket", "raw"] {
            let args = ["sockopt", "--family", family, "--type", socktype];
            let output = sockref().args(args).output().expect("run sockref");
            let stdout = String::from_utf8_lossy(&output.stdout);
            let stderr = String::from_utf8_lossy(&output.stderr);
            match output.status.code() {
                Some(0) => {
                    assert!(stdout.contains("SOL_SOCKET"), "{args:?}: {stdout}");
                    assert!(stdout.contains("SO_TYPE"), "{args:?}");
                    assert!(stdout.starts_with("socket(AF_"), "{args:?}: {stdout}");
                    let report = json_of(&args);
                    let domain = &option(&report, 0, "SO_DOMAIN")["value"];
                    assert_eq!(domain, &report["family"], "{args:?}");
                }
                Some(2) => assert!(
                    stderr.starts_with("sockref: socket(AF_") && stderr.lines().count() == 1,
                    "{args:?}: {stderr}"
                ),
                other => panic!("{args:?}: exit {other:?}: {stderr}"),
            }
        }
    }
}

#[test]
fn levels_follow_the_family() {
    let inet = json_of(&["sockopt"]);
    let levels = |r: &Value| -> Vec<String> {
        let mut l: Vec<String> = r["sockets"][0]["options"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|o| o["level"].as_str().map(str::to_string))
            .collect();
        l.dedup();
        l
    };
    assert_eq!(levels(&inet), ["SOL_SOCKET", "IPPROTO_IP", "IPPROTO_TCP"]);
    let udp6 = json_of(&["sockopt", "--family", "inet6", "--type", "dgram"]);
    assert_eq!(levels(&udp6), ["SOL_SOCKET", "IPPROTO_IPV6", "IPPROTO_UDP"]);
    let unix = json_of(&["sockopt", "--family", "unix"]);
    assert_eq!(levels(&unix), ["SOL_SOCKET"]);
    assert_eq!(option(&unix, 0, "SO_PASSCRED")["value"], false);
    assert_eq!(option(&unix, 0, "SO_TYPE")["value"], "SOCK_STREAM");
    assert_eq!(option(&inet, 0, "SO_TYPE")["raw"], libc::SOCK_STREAM);
    assert_eq!(option(&inet, 0, "SO_PROTOCOL")["value"], "IPPROTO_TCP");
    assert_eq!(option(&inet, 0, "IP_MTU")["error"]["name"], "ENOTCONN");
}

#[test]
fn json_shape_of_a_reading() {
    let report = json_of(&["sockopt"]);
    assert_eq!(report["family"], "AF_INET");
    assert_eq!(report["type"], "SOCK_STREAM");
    assert_eq!(report["call"], "socket(AF_INET, SOCK_STREAM, 0)");
    assert_eq!(report["sockets"][0]["role"], "fresh");
    let rcvbuf = option(&report, 0, "SO_RCVBUF");
    for key in [
        "level", "name", "number", "kind", "value", "raw", "text", "error", "settable", "meaning",
    ] {
        assert!(rcvbuf.get(key).is_some(), "SO_RCVBUF has no {key}");
    }
    assert_eq!(rcvbuf["kind"], "bytes");
    assert_eq!(rcvbuf["value"], rcvbuf["raw"]);
    let linger = option(&report, 0, "SO_LINGER");
    assert_eq!(linger["value"]["on"], false);
    assert!(linger["raw"].is_null());
    assert!(option(&report, 0, "SO_RCVTIMEO")["value"].is_number());
}

#[test]
fn set_shows_requested_and_kept() {
    let report = json_of(&["sockopt", "--set", "SO_RCVBUF=65536"]);
    let set = &report["sockets"][0]["set"][0];
    assert_eq!(set["name"], "SO_RCVBUF");
    assert_eq!(set["requested"]["raw"], 65536);
    let kept = set["kept"]["raw"].as_i64().expect("a kept value");
    assert_eq!(set["kept"]["raw"], option(&report, 0, "SO_RCVBUF")["raw"]);
    let mirror = json_of(&[
        "setsockopt",
        "inet",
        "stream",
        "socket",
        "SO_RCVBUF",
        "65536",
    ]);
    assert_eq!(mirror["result"], kept, "what getsockopt reads back");
    let outcome = if kept == 65536 { "kept" } else { "changed" };
    assert_eq!(set["outcome"], outcome);

    sockref()
        .args([
            "sockopt",
            "--set",
            "SO_RCVBUF=64K",
            "--set",
            "TCP_NODELAY=on",
        ])
        .assert()
        .success()
        .stdout(predicate::str::contains("--set"))
        .stdout(predicate::str::contains("65536 bytes (64 KiB)"));
    let both = json_of(&[
        "sockopt",
        "--set",
        "TCP_NODELAY=on",
        "--set",
        "SO_LINGER=on,5",
    ]);
    let sets = &both["sockets"][0]["set"];
    assert_eq!(sets[0]["kept"]["value"], true);
    assert_eq!(
        sets[1]["kept"]["value"],
        serde_json::json!({"on": true, "seconds": 5})
    );
    assert_eq!(sets[1]["outcome"], "kept");
}

#[test]
fn a_refused_set_is_shown_and_exits_one() {
    let output = sockref()
        .args(["sockopt", "--set", "TCP_KEEPIDLE=0", "--json"])
        .output()
        .expect("run sockref");
    assert_eq!(output.status.code(), Some(1));
    let report: Value = serde_json::from_slice(&output.stdout).expect("JSON");
    let set = &report["sockets"][0]["set"][0];
    assert_eq!(set["outcome"], "refused");
    assert_eq!(set["error"]["name"], "EINVAL");
    assert_eq!(set["error"]["call"], "setsockopt");
}

#[test]
fn option_and_value_errors_are_exit_two() {
    fails_with(
        &["sockopt", "--set", "SO_RCVBUFF=1"],
        &["SO_RCVBUFF", "close matches: SO_RCVBUF"],
    );
    fails_with(
        &["sockopt", "--set", "cork=1"],
        &["ambiguous", "TCP_CORK", "UDP_CORK"],
    );
    fails_with(
        &["sockopt", "--set", "SO_RCVBUF=lots"],
        &["SO_RCVBUF", "lots"],
    );
    fails_with(
        &["sockopt", "--set", "SO_RCVBUF=4G"],
        &["does not fit a C int"],
    );
    fails_with(&["sockopt", "--set", "TCP_NODELAY=maybe"], &["on/off"]);
    fails_with(&["sockopt", "--set", "SO_LINGER=on"], &["on,SECONDS"]);
    fails_with(&["sockopt", "--set", "SO_RCVTIMEO=-1"], &["timeout"]);
    fails_with(&["sockopt", "--set", "IP_TOS=300"], &["0-255"]);
    fails_with(&["sockopt", "--set", "SO_TYPE=1"], &["read-only"]);
    fails_with(&["sockopt", "--set", "SO_RCVBUF"], &["NAME=VALUE"]);
    fails_with(
        &["sockopt", "--family", "inet9"],
        &["unknown AF_* constant"],
    );
    fails_with(
        &["sockopt", "--type", "streamy"],
        &["unknown SOCK_* constant"],
    );
    fails_with(
        &["sockopt", "--proto", "nosuch"],
        &["unknown IPPROTO_* constant"],
    );
    fails_with(
        &["sockopt", "--type", "raw", "--connected"],
        &["--connected"],
    );
    let e = json_error(&["sockopt", "--set", "SO_RCVBUFF=1"], 2);
    assert_eq!(e["error"]["kind"], "input");
}

#[test]
fn a_socket_the_host_refuses_names_the_call() {
    // socket(2) takes no IP socket of type SOCK_SEQPACKET (ESOCKTNOSUPPORT).
    let e = json_error(&["sockopt", "--type", "seqpacket"], 2);
    assert_eq!(e["error"]["call"], "socket");
    assert_eq!(e["error"]["input"], "AF_INET, SOCK_SEQPACKET, 0");
    assert_eq!(e["error"]["kind"], "oserror");
}

#[test]
fn raw_sockets_need_cap_net_raw() {
    let args = ["sockopt", "--type", "raw"];
    if euid() == Some(0) {
        let report = json_of(&args);
        assert_eq!(report["call"], "socket(AF_INET, SOCK_RAW, IPPROTO_ICMP)");
        assert_eq!(option(&report, 0, "SO_TYPE")["value"], "SOCK_RAW");
        // Root without CAP_NET_RAW is refused like any user, when capsh can drop it.
        let dropped = Process::new("capsh")
            .arg("--drop=cap_net_raw")
            .arg("--")
            .arg("-c")
            .arg(format!(
                "{} sockopt --type raw",
                assert_cmd::cargo::cargo_bin("sockref").display()
            ))
            .output();
        match dropped {
            Ok(out) if !String::from_utf8_lossy(&out.stderr).starts_with("capsh") => {
                let stderr = String::from_utf8_lossy(&out.stderr);
                assert_eq!(out.status.code(), Some(2), "{stderr}");
                assert!(stderr.contains("CAP_NET_RAW"), "{stderr}");
                assert!(
                    stderr.contains("socket(AF_INET, SOCK_RAW, IPPROTO_ICMP)"),
                    "{stderr}"
                );
            }
            _ => skip("capsh cannot drop CAP_NET_RAW here"),
        }
    } else {
        fails_with(
            &args,
            &[
                "socket(AF_INET, SOCK_RAW, IPPROTO_ICMP)",
                "EPERM",
                "CAP_NET_RAW",
            ],
        );
    }
}

#[test]
fn connected_pair_reads_both_ends_and_tcp_info() {
    let report = json_of(&["sockopt", "--connected"]);
    assert_eq!(report["connected"], true);
    let sockets = report["sockets"].as_array().expect("sockets");
    assert_eq!(sockets.len(), 2);
    assert_eq!(sockets[0]["role"], "client");
    assert_eq!(sockets[1]["role"], "server");
    assert_eq!(sockets[0]["local"], sockets[1]["peer"]);
    assert!(
        sockets[0]["peer"]
            .as_str()
            .is_some_and(|p| p.starts_with("127.0.0.1:"))
    );
    for s in sockets {
        let info = &s["tcp_info"];
        assert_eq!(info["state"], "ESTABLISHED", "{info}");
        for field in ["rtt", "rttvar", "snd_cwnd", "retransmits", "length"] {
            assert!(info[field].is_u64(), "tcp_info.{field}: {info}");
        }
        let mtu = s["options"]
            .as_array()
            .and_then(|o| o.iter().find(|r| r["name"] == "IP_MTU"));
        assert!(
            mtu.is_some_and(|m| m["raw"].is_i64()),
            "IP_MTU on a connected socket"
        );
    }
    sockref()
        .args(["sockopt", "--connected"])
        .assert()
        .success()
        .stdout(predicate::str::contains("TCP_INFO"))
        .stdout(predicate::str::contains("ESTABLISHED"))
        .stdout(predicate::str::contains("snd_cwnd"));
}

#[test]
fn connected_pairs_of_other_kinds() {
    let unix = json_of(&[
        "sockopt",
        "--family",
        "unix",
        "--type",
        "seqpacket",
        "--connected",
    ]);
    let cred = option(&unix, 0, "SO_PEERCRED");
    assert!(
        cred["value"]["pid"].as_i64().is_some_and(|p| p > 0),
        "{cred}"
    );
    if let Some(uid) = euid() {
        assert_eq!(cred["value"]["uid"], uid, "the peer is sockref itself");
    }
    assert!(unix["sockets"][0]["tcp_info"].is_null());
    let udp = json_of(&["sockopt", "--type", "dgram", "--connected"]);
    assert!(option(&udp, 0, "IP_MTU")["raw"].is_i64());
    let both = json_of(&["sockopt", "--connected", "--set", "TCP_NODELAY=1"]);
    for end in 0..2 {
        assert_eq!(both["sockets"][end]["set"][0]["outcome"], "kept");
        assert_eq!(option(&both, end, "TCP_NODELAY")["value"], true);
    }
}

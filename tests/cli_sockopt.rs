//! CLI behaviour of `sockopt`, `getsockopt`, `setsockopt` and `keepalive`: tables for
//! every family and type, `--set` with what the kernel kept, `--connected` over loopback
//! with TCP_INFO, raw sockets with and without CAP_NET_RAW, the keepalive arithmetic,
//! JSON shapes and every error path. Sockets stay on loopback; the only traffic is the
//! handshake of a loopback TCP pair.

#[path = "support/cli.rs"]
mod cli;

use std::process::Command as Process;

use predicates::prelude::*;
use serde_json::Value;

use cli::{json_error, json_of, sockref};

/// One line on stderr, exit 2, containing every one of `words`.
fn fails_with(args: &[&str], words: &[&str]) {
    let output = sockref().args(args).output().expect("run sockref");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(2), "{args:?}: {stderr}");
    assert!(output.stdout.is_empty(), "{args:?}");
    assert_eq!(stderr.lines().count(), 1, "{args:?}: {stderr}");
    assert!(stderr.starts_with("sockref: "), "{stderr}");
    for word in words {
        assert!(stderr.contains(word), "{args:?}: {word:?} not in {stderr}");
    }
}

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
            _ => eprintln!("raw_sockets_need_cap_net_raw: capsh cannot drop CAP_NET_RAW here"),
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

#[test]
fn keepalive_computes_detection_time() {
    let r = json_of(&["keepalive"]);
    let sys = &r["system"];
    let time = std::fs::read_to_string("/proc/sys/net/ipv4/tcp_keepalive_time")
        .ok()
        .and_then(|t| t.trim().parse::<i64>().ok());
    if let Some(time) = time {
        assert_eq!(sys["tcp_keepalive_time"], time);
        let (t, i, p) = (
            sys["tcp_keepalive_time"].as_i64().unwrap_or_default(),
            sys["tcp_keepalive_intvl"].as_i64().unwrap_or_default(),
            sys["tcp_keepalive_probes"].as_i64().unwrap_or_default(),
        );
        assert_eq!(sys["detection_seconds"], t + i * p);
        assert_eq!(r["socket"]["inherited"], true);
    }
    let s = &r["socket"];
    assert_eq!(s["SO_KEEPALIVE"], false);
    let detect = s["TCP_KEEPIDLE"].as_i64().unwrap_or_default()
        + s["TCP_KEEPINTVL"].as_i64().unwrap_or_default()
            * s["TCP_KEEPCNT"].as_i64().unwrap_or_default();
    assert_eq!(s["detection_seconds"], detect);

    let tuned = json_of(&[
        "keepalive",
        "--idle",
        "60",
        "--interval",
        "10",
        "--count",
        "5",
    ]);
    assert_eq!(tuned["socket"]["detection_seconds"], 110);
    assert_eq!(tuned["socket"]["inherited"], false);
    assert_eq!(tuned["socket"]["set"].as_array().map(Vec::len), Some(3));
    let v6 = json_of(&["keepalive", "--family", "inet6", "--idle", "2m"]);
    assert_eq!(v6["socket"]["TCP_KEEPIDLE"], 120);
    sockref()
        .arg("keepalive")
        .assert()
        .success()
        .stdout(predicate::str::contains("time to detect a dead peer"));
}

#[test]
fn keepalive_errors() {
    fails_with(&["keepalive", "--family", "unix"], &["inet or inet6"]);
    fails_with(&["keepalive", "--idle", "soon"], &["--idle soon"]);
    let output = sockref()
        .args(["keepalive", "--idle", "0"])
        .output()
        .expect("run sockref");
    assert_eq!(output.status.code(), Some(1), "the kernel refuses 0");
}

#[test]
fn mirrors_use_one_json_shape() {
    let v = json_of(&[
        "getsockopt",
        "AF_INET",
        "SOCK_STREAM",
        "SOL_SOCKET",
        "SO_TYPE",
    ]);
    assert_eq!(v["function"], "getsockopt");
    assert_eq!(
        v["args"],
        serde_json::json!({"family": "AF_INET", "type": "SOCK_STREAM", "level": "SOL_SOCKET", "optname": "SO_TYPE"})
    );
    assert_eq!(v["result"], libc::SOCK_STREAM);
    let spelled = json_of(&["getsockopt", "inet", "stream", "socket", "type"]);
    assert_eq!(spelled, v);
    let numeric = json_of(&["getsockopt", "2", "1", "1", "3"]);
    assert_eq!(numeric["result"], v["result"]);

    let bytes = json_of(&[
        "getsockopt",
        "inet",
        "stream",
        "tcp",
        "TCP_CONGESTION",
        "--buflen",
        "16",
    ]);
    assert_eq!(bytes["args"]["buflen"], 16);
    assert!(bytes["result"].as_str().is_some_and(|h| h.len() == 32));

    let set = json_of(&["setsockopt", "inet", "stream", "tcp", "TCP_NODELAY", "1"]);
    assert_eq!(set["function"], "setsockopt");
    assert_eq!(set["args"]["value"], 1);
    assert_eq!(set["result"], 1);
    let linger = json_of(&[
        "setsockopt",
        "inet",
        "stream",
        "socket",
        "SO_LINGER",
        "0100000005000000",
        "--bytes",
    ]);
    assert_eq!(linger["args"]["value"], "0100000005000000");
    assert_eq!(linger["result"], "0100000005000000");
    sockref()
        .args(["getsockopt", "inet", "stream", "socket", "SO_RCVBUF"])
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "getsockopt(AF_INET, SOCK_STREAM, SOL_SOCKET, SO_RCVBUF)",
        ));
}

#[test]
fn mirror_errors() {
    // The kernel's refusal is Python's OSError: the call, the errno, exit 2.
    let e = json_error(&["getsockopt", "inet", "stream", "socket", "99999"], 2);
    assert_eq!(e["error"]["kind"], "oserror");
    assert_eq!(e["error"]["call"], "getsockopt");
    assert_eq!(e["error"]["name"], "ENOPROTOOPT");
    let e = json_error(
        &["setsockopt", "inet", "stream", "tcp", "TCP_KEEPIDLE", "0"],
        2,
    );
    assert_eq!(e["error"]["call"], "setsockopt");
    assert_eq!(e["error"]["name"], "EINVAL");
    // Python's socket(AF_INET, SOCK_RAW) passes protocol 0, which raw(7) refuses.
    let e = json_error(&["getsockopt", "inet", "raw", "ip", "IP_HDRINCL"], 2);
    assert_eq!(e["error"]["call"], "socket");
    assert_eq!(e["error"]["name"], "EPROTONOSUPPORT");
    fails_with(
        &["getsockopt", "inet", "stream", "SOL_NOSUCH", "SO_TYPE"],
        &["unknown level"],
    );
    fails_with(
        &["getsockopt", "inet", "stream", "socket", "SO_TYPO"],
        &["unknown socket option", "SO_TYPE"],
    );
    fails_with(
        &["getsockopt", "inet7", "stream", "socket", "SO_TYPE"],
        &["AF_*"],
    );
    fails_with(
        &[
            "getsockopt",
            "inet",
            "stream",
            "socket",
            "SO_TYPE",
            "--buflen",
            "0",
        ],
        &["buflen out of range"],
    );
    fails_with(
        &[
            "getsockopt",
            "inet",
            "stream",
            "socket",
            "SO_TYPE",
            "--buflen",
            "2000",
        ],
        &["buflen out of range"],
    );
    fails_with(
        &[
            "setsockopt",
            "inet",
            "stream",
            "socket",
            "SO_RCVBUF",
            "lots",
        ],
        &["lots"],
    );
    fails_with(
        &[
            "setsockopt",
            "inet",
            "stream",
            "socket",
            "SO_RCVBUF",
            "99999999999",
        ],
        &["C int"],
    );
    fails_with(
        &[
            "setsockopt",
            "inet",
            "stream",
            "socket",
            "SO_LINGER",
            "zz",
            "--bytes",
        ],
        &["hex"],
    );
}

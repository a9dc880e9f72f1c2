//! CLI behaviour of `keepalive` without `--demo`: the system settings from /proc/sys, a
//! fresh socket's TCP_KEEP* values, the time to detect a dead peer, and its errors.

use predicates::prelude::*;

use crate::support::cli::{fails_with, json_of, sockref};
use crate::support::skip::skip;

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
    } else {
        skip("the system settings: /proc/sys/net/ipv4/tcp_keepalive_time is not readable");
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

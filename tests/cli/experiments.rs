//! CLI behaviour of the experiments: `backlog N` (checked against the limits under
//! /proc/sys and against what the kernel itself reports about the listener) and
//! `keepalive --demo` (the peer declared dead after the given misses, within a bound).
//! Everything runs on 127.0.0.1 inside sockref; each run is bounded to a few seconds.

use std::time::{Duration, Instant};

use serde_json::Value;

use crate::support::cli::{json_error, json_of, sockref};

fn proc_int(path: &str) -> Option<i64> {
    std::fs::read_to_string(path).ok()?.trim().parse().ok()
}

fn count(v: &Value) -> i64 {
    v.as_i64().unwrap_or(-1)
}

#[test]
fn backlog_4_fills_the_accept_queue_it_reports() {
    let start = Instant::now();
    let r = json_of(&["backlog", "4"]);
    assert!(start.elapsed() < Duration::from_secs(10));
    let limits = &r["limits"];
    let constant = json_of(&["const", "SOMAXCONN"]);
    assert_eq!(limits["SOMAXCONN"], constant["constants"][0]["value"]);
    let somaxconn = proc_int("/proc/sys/net/core/somaxconn");
    assert_eq!(limits["somaxconn"].as_i64(), somaxconn);
    assert_eq!(
        limits["tcp_max_syn_backlog"].as_i64(),
        proc_int("/proc/sys/net/ipv4/tcp_max_syn_backlog")
    );
    assert_eq!(
        limits["tcp_abort_on_overflow"].as_i64(),
        proc_int("/proc/sys/net/ipv4/tcp_abort_on_overflow")
    );
    let effective = somaxconn.map(|s| s.min(4));
    assert_eq!(r["effective_backlog"].as_i64(), effective);

    // Whatever the kernel does, between one and N + 1 connections complete ...
    let completed = count(&r["completed"]);
    assert!((1..=5).contains(&completed), "{completed}");
    // ... and the report agrees with itself and with the kernel's own view.
    let states: i64 = r["completed_states"]
        .as_object()
        .into_iter()
        .flatten()
        .map(|(_, n)| count(n))
        .sum();
    assert_eq!(states, completed);
    assert_eq!(count(&r["accepted"]), completed);
    if let Some(queue) = r["accept_queue"].as_object() {
        assert_eq!(count(&queue["length"]), completed, "{r}");
        assert_eq!(queue["max"].as_i64(), effective, "{r}");
    }
    if r["stopped_by"] == "a client did not complete" {
        assert_eq!(count(&r["clients_tried"]), completed + 1);
        assert_eq!(r["stalled"]["outcome"], "timeout", "{r}");
        assert_eq!(r["stalled"]["state"], "SYN_SENT", "{r}");
    }
    // Linux: the queue is full only past the backlog, so N + 1 complete.
    if std::env::consts::OS == "linux" {
        assert_eq!(completed, 5, "{r}");
        assert_eq!(r["expected_completed"], 5);
    }
}

#[test]
fn backlog_0_still_queues_one() {
    let r = json_of(&["backlog", "0"]);
    assert_eq!(count(&r["completed"]), count(&r["expected_completed"]));
    assert_eq!(count(&r["accepted"]), count(&r["completed"]));
}

#[test]
fn backlog_table_names_the_limits() {
    let out = sockref().args(["backlog", "1"]).output().expect("run");
    assert!(out.status.success());
    let text = String::from_utf8_lossy(&out.stdout);
    for word in [
        "SOMAXCONN",
        "net.core.somaxconn",
        "tcp_abort_on_overflow",
        "effective backlog",
        "clients completed",
        "accepted afterwards",
    ] {
        assert!(text.contains(word), "{word} not in {text}");
    }
}

#[test]
fn backlogs_out_of_bounds_exit_2() {
    for n in ["4097", "-1", "many", "99999999999"] {
        let e = json_error(&["backlog", n], 2);
        // Refused by the argument parser: listen(2) was never called.
        assert_eq!(e["error"]["kind"], "usage", "{n}");
        assert_ne!(e["error"]["call"], "listen", "{n}");
    }
}

fn client_events<'a>(r: &'a Value, prefix: &str) -> Vec<&'a str> {
    r["demo"]["timeline"]
        .as_array()
        .into_iter()
        .flatten()
        .filter(|e| e["side"] == "client")
        .filter_map(|e| e["event"].as_str())
        .filter(|e| e.starts_with(prefix))
        .collect()
}

#[test]
fn keepalive_demo_declares_the_peer_dead_after_the_misses() {
    let start = Instant::now();
    let r = json_of(&["keepalive", "--demo", "--heartbeat", "20", "--misses", "2"]);
    assert!(start.elapsed() < Duration::from_secs(3));
    let demo = &r["demo"];
    assert_eq!(demo["heartbeat_ms"], 20);
    assert_eq!(demo["misses"], 2);
    let answered = count(&demo["answered"]);
    // The run ends with the misses in a row, then the verdict. (On a loaded machine a
    // pong may come late and count as a miss earlier on; the ending stays the same.)
    let client: Vec<&str> = client_events(&r, "")
        .into_iter()
        .filter(|e| !e.starts_with("ping"))
        .collect();
    let ending = &client[client.len().saturating_sub(3)..];
    assert!(ending[0].starts_with("missed beat 1 of 2"), "{client:?}");
    assert!(ending[1].starts_with("missed beat 2 of 2"), "{client:?}");
    assert_eq!(ending[2], "peer declared dead");
    assert!(!client_events(&r, "pong").is_empty(), "{client:?}");
    // Pings every 20 ms: the answered ones, then one per miss, each waited out in full.
    let dead = demo["declared_dead_ms"].as_f64().expect("declared dead");
    let missed = client_events(&r, "missed").len();
    let least = if missed == 2 { answered + 2 } else { 2 } as f64 * 20.0;
    assert!(dead >= least - 1.0 && dead < 2000.0, "{dead} ms");
    // TCP saw nothing wrong: the silent server's kernel acknowledged every ping.
    assert_eq!(demo["client_tcp_state"], "ESTABLISHED");
    // The keepalive report stays beside it.
    assert!(r["system"].is_object() && r["socket"].is_object());
}

#[test]
fn keepalive_demo_defaults_finish_within_5_seconds() {
    let start = Instant::now();
    let out = sockref()
        .args(["keepalive", "--demo"])
        .output()
        .expect("run");
    assert!(start.elapsed() < Duration::from_secs(5));
    assert!(out.status.success());
    let text = String::from_utf8_lossy(&out.stdout);
    for word in [
        "missed beat 3 of 3",
        "peer declared dead",
        "TCP keepalive alone",
        "SO_KEEPALIVE",
    ] {
        assert!(text.contains(word), "{word} not in {text}");
    }
}

#[test]
fn keepalive_without_demo_is_unchanged_and_demo_flags_need_it() {
    let r = json_of(&["keepalive"]);
    let keys: Vec<&String> = r
        .as_object()
        .map(|o| o.keys().collect())
        .unwrap_or_default();
    assert_eq!(keys, ["system", "socket"]);
    for args in [
        vec!["keepalive", "--heartbeat", "50"],
        vec!["keepalive", "--demo", "--misses", "0"],
        vec!["keepalive", "--demo", "--heartbeat", "5"],
        vec!["keepalive", "--demo", "--heartbeat", "9999"],
    ] {
        let out = sockref().args(&args).output().expect("run");
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(out.stdout.is_empty(), "{args:?}");
    }
}

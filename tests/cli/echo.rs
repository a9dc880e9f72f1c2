//! `sockref echo`: every transport passes here or says why the host lacks it, the JSON
//! shape, `--transport` selection, the `--trace` life cycle on both sides, and, through
//! the library, a UDP server that answers only its own client. Everything runs on
//! loopback or unix sockets, each wait bounded by a short timeout.

use std::net::UdpSocket;
use std::path::Path;
use std::thread;
use std::time::{Duration, Instant};

use predicates::prelude::*;
use serde_json::Value;
use socket2::SockAddr;

use crate::support::cli::{json_of, sockref};
use sockref::echo::EchoError;
use sockref::echo::server::{AllowedPeer, EchoServer};
use sockref::echo::trace::Tracer;
use sockref::echo::transport::EchoTransport;
use sockref::error::Error;

const STREAMS: [&str; 5] = [
    "tcp4",
    "tcp6",
    "unix-stream",
    "socketpair",
    "abstract-stream",
];

fn rows(v: &Value) -> &Vec<Value> {
    v["transports"].as_array().expect("a transports array")
}

fn check_passed_row(row: &Value) {
    let name = row["transport"].as_str().unwrap_or("?");
    let keys: Vec<&str> = row
        .as_object()
        .expect("an object")
        .keys()
        .map(String::as_str)
        .collect();
    for key in [
        "transport",
        "status",
        "server",
        "client",
        "bytes",
        "round_trips",
        "rtt_us",
        "throughput_bytes_per_s",
        "error",
    ] {
        assert!(keys.contains(&key), "{name}: no {key} in {keys:?}");
    }
    assert_eq!(row["error"], Value::Null, "{name}");
    assert!(
        row["server"].is_string() && row["client"].is_string(),
        "{name}"
    );
    assert!(row["bytes"].as_u64().unwrap_or(0) > 100, "{name}");
    // The size sweep, then 100 pings.
    assert!(row["round_trips"].as_u64().unwrap_or(0) > 100, "{name}");
    let rtt = &row["rtt_us"];
    let at = |k: &str| rtt[k].as_f64().expect("a number");
    assert!(at("min") > 0.0, "{name}: {rtt}");
    assert!(
        at("min") <= at("p50")
            && at("p50") <= at("p90")
            && at("p90") <= at("p99")
            && at("p99") <= at("max"),
        "{name}: {rtt}"
    );
    let stream = STREAMS.contains(&name);
    assert_eq!(
        row["throughput_bytes_per_s"]
            .as_u64()
            .is_some_and(|t| t > 0),
        stream,
        "{name}: {}",
        row["throughput_bytes_per_s"]
    );
    if stream {
        // 1 MiB, 64 KiB and the small sizes, and the pings.
        assert!(
            row["bytes"].as_u64().unwrap_or(0) > 1_048_576 + 65_536,
            "{name}"
        );
    }
}

#[test]
fn every_transport_passes_or_is_unavailable() {
    let v = json_of(&["echo"]);
    let names: Vec<&str> = rows(&v)
        .iter()
        .map(|r| r["transport"].as_str().unwrap_or("?"))
        .collect();
    assert_eq!(
        names,
        [
            "tcp4",
            "tcp6",
            "udp4",
            "udp6",
            "unix-stream",
            "unix-dgram",
            "unix-seqpacket",
            "socketpair",
            "abstract-stream",
            "abstract-dgram",
            "abstract-seqpacket"
        ]
    );
    for row in rows(&v) {
        match row["status"].as_str() {
            Some("passed") => check_passed_row(row),
            Some("unavailable") => {
                let name = row["transport"].as_str().unwrap_or("?");
                // IPv4 loopback and unix sockets are always there on Linux.
                assert!(
                    ["tcp6", "udp6"].contains(&name),
                    "{name} unavailable: {}",
                    row["error"]
                );
                assert!(row["error"].is_string());
            }
            other => panic!("{row}: status {other:?}"),
        }
    }
}

#[test]
fn datagrams_go_up_to_the_transports_limit() {
    let v = json_of(&["echo", "--transport", "udp4,unix-dgram,unix-seqpacket"]);
    let rows = rows(&v);
    assert_eq!(rows[0]["max_message"], 65_507);
    for row in &rows[1..] {
        // Found by trying: below SO_SNDBUF, and more than UDP allows.
        let max = row["max_message"].as_u64().expect("a limit");
        assert!(max > 65_507 && max <= 1 << 20, "{row}");
    }
    for row in rows {
        assert_eq!(row["status"], "passed", "{row}");
        assert_eq!(row["throughput_bytes_per_s"], Value::Null);
    }
}

#[test]
fn transports_are_picked_by_list_or_repetition() {
    let v = json_of(&[
        "echo",
        "--transport",
        "udp4,tcp4",
        "--transport",
        "socketpair",
        "--transport",
        "tcp4",
    ]);
    let names: Vec<&str> = rows(&v)
        .iter()
        .map(|r| r["transport"].as_str().unwrap_or("?"))
        .collect();
    assert_eq!(names, ["udp4", "tcp4", "socketpair"]);
    assert!(rows(&v).iter().all(|r| r.get("trace").is_none()));
}

#[test]
fn unknown_transports_are_usage_errors() {
    sockref()
        .args(["echo", "--transport", "tcp4,tcp5"])
        .assert()
        .code(2)
        .stdout("")
        .stderr(predicate::str::contains("tcp5"));
}

#[test]
fn the_table_has_one_row_per_transport() {
    sockref()
        .args(["echo", "--transport", "tcp4,unix-dgram"])
        .assert()
        .success()
        .stdout(predicate::str::is_match(r"\| transport +\| status +\| server").expect("regex"))
        .stdout(predicate::str::contains("RTT p50 / p99"))
        .stdout(
            predicate::str::is_match(r"\| tcp4 +\| passed \| 127\.0\.0\.1:\d+ ").expect("regex"),
        )
        .stdout(predicate::str::contains("| unix-dgram "));
}

#[test]
fn unix_socket_directories_are_removed_afterwards() {
    let v = json_of(&["echo", "--transport", "unix-stream,unix-dgram"]);
    for row in rows(&v) {
        let server = Path::new(row["server"].as_str().expect("a path"));
        assert!(server.is_absolute(), "{row}");
        let dir = server.parent().expect("a directory");
        assert!(!dir.exists(), "{} is still there", dir.display());
    }
}

/// The calls of one side, in order.
fn calls<'a>(trace: &'a [Value], side: &str) -> Vec<&'a str> {
    trace
        .iter()
        .filter(|e| e["side"] == side)
        .map(|e| e["call"].as_str().unwrap_or("?"))
        .collect()
}

/// Whether `wanted` occurs in `calls` in this order (other calls may come between).
fn in_order(calls: &[&str], wanted: &[&str]) -> bool {
    let mut it = calls.iter();
    wanted.iter().all(|w| it.any(|c| c == w))
}

fn first_t(trace: &[Value], side: &str, call: &str) -> u64 {
    trace
        .iter()
        .find(|e| e["side"] == side && e["call"] == call)
        .and_then(|e| e["t_us"].as_u64())
        .unwrap_or_else(|| panic!("no {side} {call}"))
}

#[test]
fn trace_shows_the_life_cycle_of_both_sides() {
    let v = json_of(&["echo", "--transport", "tcp4,udp6", "--trace"]);
    let tcp = rows(&v)[0]["trace"].as_array().expect("a tcp4 trace");
    let server = calls(tcp, "server");
    let client = calls(tcp, "client");
    assert_eq!(server[..4], ["socket", "bind", "listen", "accept"]);
    assert!(in_order(
        &server,
        &[
            "accept", "recv", "send", "recv", "shutdown", "close", "close"
        ]
    ));
    assert_eq!(client[..3], ["socket", "connect", "send"]);
    assert!(in_order(
        &client,
        &["connect", "send", "recv", "shutdown", "recv", "close"]
    ));
    assert!(first_t(tcp, "server", "listen") <= first_t(tcp, "client", "connect"));
    assert!(first_t(tcp, "client", "connect") <= first_t(tcp, "server", "accept"));
    assert!(first_t(tcp, "client", "send") <= first_t(tcp, "server", "recv"));
    let times: Vec<u64> = tcp.iter().filter_map(|e| e["t_us"].as_u64()).collect();
    assert_eq!(times.len(), tcp.len());
    assert!(times.windows(2).all(|w| w[0] <= w[1]), "in time order");
    // The accepted descriptor is the one the server then reads from.
    let accept = tcp.iter().find(|e| e["call"] == "accept").expect("accept");
    let new_fd = accept["result"].as_str().and_then(|r| r.split(' ').next());
    let first_recv = tcp
        .iter()
        .find(|e| e["side"] == "server" && e["call"] == "recv")
        .expect("a recv");
    assert_eq!(new_fd, Some(first_recv["fd"].to_string().as_str()));
    for e in tcp {
        for key in ["side", "call", "fd", "args", "result", "t_us"] {
            assert!(e.get(key).is_some(), "{e}: no {key}");
        }
    }

    let udp = &rows(&v)[1];
    if udp["status"] == "passed" {
        let trace = udp["trace"].as_array().expect("a udp6 trace");
        let server = calls(trace, "server");
        assert!(in_order(
            &server,
            &["socket", "bind", "recvfrom", "sendto", "close"]
        ));
        assert!(!server.contains(&"listen") && !server.contains(&"accept"));
        let client = calls(trace, "client");
        assert!(in_order(
            &client,
            &["socket", "connect", "send", "recv", "close"]
        ));
    }
}

#[test]
fn the_trace_table_is_a_server_client_sequence() {
    sockref()
        .args(["echo", "--transport", "socketpair", "--trace"])
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "socketpair: every socket call, in order",
        ))
        .stdout(predicate::str::contains("| t (µs) | server"))
        .stdout(predicate::str::contains(
            "socketpair(AF_UNIX, SOCK_STREAM) = 0 [",
        ))
        .stdout(predicate::str::contains("shutdown("));
}

#[test]
fn a_udp_server_answers_only_its_own_client() {
    let timeout = Duration::from_secs(2);
    let loopback = SockAddr::from(std::net::SocketAddr::from(([127, 0, 0, 1], 0)));
    let tracer = Tracer::off();
    let server = EchoServer::bind(EchoTransport::Udp4, &loopback, 65_507, &tracer, timeout)
        .expect("a UDP server");
    let server_addr = server
        .local_addr()
        .and_then(|a| a.as_socket())
        .expect("its address");
    let own = UdpSocket::bind("127.0.0.1:0").expect("the client");
    let foreign = UdpSocket::bind("127.0.0.1:0").expect("a stranger");
    for s in [&own, &foreign] {
        s.set_read_timeout(Some(Duration::from_millis(300)))
            .expect("SO_RCVTIMEO");
    }
    let allowed = AllowedPeer::Address(own.local_addr().expect("name").to_string());
    let serving = thread::spawn(move || server.serve_one(&allowed));

    foreign
        .send_to(b"reflect me", server_addr)
        .expect("the stranger sends");
    own.send_to(b"hello", server_addr)
        .expect("the client sends");
    let mut buf = [0u8; 64];
    let (n, from) = own.recv_from(&mut buf).expect("the echo");
    assert_eq!((&buf[..n], from), (&b"hello"[..], server_addr));
    assert!(
        foreign.recv_from(&mut buf).is_err(),
        "the stranger got an answer"
    );
    own.send_to(b"", server_addr).expect("end of session");
    let tally = serving
        .join()
        .expect("the server thread")
        .expect("a clean session");
    assert_eq!(
        (tally.messages, tally.echoed_bytes, tally.ignored),
        (1, 5, 1)
    );
}

#[test]
fn a_server_whose_client_never_comes_gives_up_in_time() {
    let timeout = Duration::from_millis(300);
    let loopback = SockAddr::from(std::net::SocketAddr::from(([127, 0, 0, 1], 0)));
    let tracer = Tracer::recording();
    for transport in [EchoTransport::Tcp4, EchoTransport::Udp4] {
        let server =
            EchoServer::bind(transport, &loopback, 65_507, &tracer, timeout).expect("a server");
        let start = Instant::now();
        let outcome = server.serve_one(&AllowedPeer::Address("127.0.0.1:9".into()));
        assert!(start.elapsed() < Duration::from_secs(3), "{transport}");
        assert!(
            matches!(outcome, Err(EchoError::Call(Error::Timeout { .. }))),
            "{transport}: {outcome:?}"
        );
    }
}

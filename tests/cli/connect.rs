//! CLI behaviour of `connect` and the `create_connection` mirror, and their conformance
//! with Python's `socket.create_connection`. Every connection goes to loopback, to a
//! listener or a closed port the test itself holds: a connected case, a refused one
//! (a port bound without listen(2), which refuses every SYN and stays reserved), a
//! timeout (a listener with backlog 0 whose accept queue is already full, so the kernel
//! drops the SYN), IPv6 on ::1, a source address, and `localhost`, whose candidate order
//! is compared with Python's getaddrinfo. Where python3 is missing the conformance tests
//! say so and pass, except under `CI`, where they fail.

use std::net::{Ipv4Addr, Ipv6Addr, SocketAddr, TcpListener, TcpStream};
use std::time::{Duration, Instant};

use serde_json::{Value, json};
use socket2::{Domain, Socket, Type};

use crate::support::cli::{json_error, json_of, sockref};
use crate::support::oracle::{self, Outcome, PyCall};
use crate::support::skip::{require_python, skip};

const LOOPBACK: SocketAddr = SocketAddr::new(std::net::IpAddr::V4(Ipv4Addr::LOCALHOST), 0);

/// `sockref ARGS... --json` that must exit with `status` and print a report on stdout.
fn report_with_status(args: &[&str], status: i32) -> Value {
    let out = sockref()
        .args(args)
        .arg("--json")
        .output()
        .expect("run sockref");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(status), "{args:?}: {stderr}");
    serde_json::from_slice(&out.stdout).expect("a JSON report on stdout")
}

fn listener() -> (TcpListener, u16) {
    let l = TcpListener::bind(LOOPBACK).expect("a loopback listener");
    let port = l.local_addr().expect("its address").port();
    (l, port)
}

/// A TCP port on 127.0.0.1 that refuses connections: bound, never listening.
fn closed_port() -> (Socket, u16) {
    let s = Socket::new(Domain::IPV4, Type::STREAM, None).expect("a socket");
    s.bind(&LOOPBACK.into()).expect("bind");
    let port = s
        .local_addr()
        .ok()
        .and_then(|a| a.as_socket())
        .map_or(0, |a| a.port());
    (s, port)
}

/// A listener with backlog 0 and one connection already queued: the accept queue is full,
/// so the kernel drops every further SYN and a connect can only time out.
fn full_listener() -> (Socket, TcpStream, u16) {
    let l = Socket::new(Domain::IPV4, Type::STREAM, None).expect("a socket");
    l.bind(&LOOPBACK.into()).expect("bind");
    l.listen(0).expect("listen(0)");
    let addr = l
        .local_addr()
        .ok()
        .and_then(|a| a.as_socket())
        .expect("its address");
    let filler = TcpStream::connect_timeout(&addr, Duration::from_secs(5)).expect("one fits");
    (l, filler, addr.port())
}

fn accept_peer(l: &TcpListener) -> SocketAddr {
    l.set_nonblocking(true).expect("non-blocking");
    let deadline = Instant::now() + Duration::from_secs(5);
    loop {
        match l.accept() {
            Ok((_, peer)) => return peer,
            Err(_) if Instant::now() < deadline => std::thread::sleep(Duration::from_millis(5)),
            Err(e) => panic!("nothing to accept: {e}"),
        }
    }
}

#[test]
fn connects_to_a_listener_and_reports_both_ends() {
    let (l, port) = listener();
    let r = json_of(&["connect", &format!("127.0.0.1:{port}")]);
    let attempts = r["attempts"].as_array().expect("attempts");
    assert_eq!(attempts.len(), 1);
    assert_eq!(attempts[0]["outcome"], "connected");
    assert_eq!(attempts[0]["step"], "connect");
    assert_eq!(attempts[0]["error"], Value::Null);
    assert!(attempts[0]["elapsed_us"].as_u64().is_some());
    let c = &r["connection"];
    assert_eq!(c["raddr"], json!({"address": "127.0.0.1", "port": port}));
    // The server saw the client from the address getsockname gave it.
    let peer = accept_peer(&l);
    assert_eq!(c["laddr"]["address"], peer.ip().to_string());
    assert_eq!(c["laddr"]["port"], peer.port());

    let out = sockref()
        .args(["connect", &format!("127.0.0.1:{port}")])
        .output()
        .expect("run");
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success());
    for word in ["connected", "getsockname()", "getpeername()", "AF_INET"] {
        assert!(text.contains(word), "{word} not in {text}");
    }
}

#[test]
fn a_closed_port_is_refused_with_exit_1() {
    let (_closed, port) = closed_port();
    let target = format!("127.0.0.1:{port}");
    let r = report_with_status(&["connect", &target], 1);
    assert_eq!(r["connection"], Value::Null);
    let a = &r["attempts"][0];
    assert_eq!(a["outcome"], "ECONNREFUSED");
    assert_eq!(a["error"]["kind"], "oserror");
    assert_eq!(a["error"]["code"], libc::ECONNREFUSED);
    assert_eq!(a["error"]["call"], "connect");

    let out = sockref().args(["connect", &target]).output().expect("run");
    assert_eq!(out.status.code(), Some(1));
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("ECONNREFUSED (111): Connection refused"),
        "{text}"
    );
    assert!(
        text.contains("create_connection raises the last error"),
        "{text}"
    );
}

#[test]
fn a_full_accept_queue_makes_connect_time_out() {
    let (_l, _filler, port) = full_listener();
    let start = Instant::now();
    let target = format!("127.0.0.1:{port}");
    let r = report_with_status(&["connect", &target, "--timeout", "0.3"], 1);
    assert!(start.elapsed() < Duration::from_secs(3));
    let a = &r["attempts"][0];
    assert_eq!(a["outcome"], "timeout");
    assert_eq!(a["error"]["kind"], "timeout");
    let us = a["elapsed_us"].as_u64().unwrap_or_default();
    assert!((250_000..2_000_000).contains(&us), "{us} µs");
    assert_eq!(r["timeout"], 0.3);
}

#[test]
fn a_source_address_is_bound_first() {
    let (_l, port) = listener();
    let target = format!("127.0.0.1:{port}");
    let r = json_of(&["connect", &target, "--source", "127.0.0.1"]);
    assert_eq!(r["source"], json!({"address": "127.0.0.1", "port": 0}));
    assert_eq!(r["connection"]["laddr"]["address"], "127.0.0.1");
    // An IPv6 source for an IPv4 candidate fails in bind, as Python's setipaddr does.
    let r = report_with_status(&["connect", &target, "--source", "::1"], 1);
    let a = &r["attempts"][0];
    assert_eq!(a["step"], "bind");
    assert_eq!(a["outcome"], "EAI_ADDRFAMILY");
    assert_eq!(a["error"]["kind"], "gaierror");
}

#[test]
fn ipv6_on_the_loopback() {
    let Ok(l) = TcpListener::bind(SocketAddr::from((Ipv6Addr::LOCALHOST, 0))) else {
        skip("no ::1 on this host");
        return;
    };
    let port = l.local_addr().expect("its address").port();
    let r = json_of(&["connect", "-6", &format!("[::1]:{port}")]);
    assert_eq!(r["family"], "AF_INET6");
    assert_eq!(r["attempts"][0]["family"], "AF_INET6");
    assert_eq!(
        r["connection"]["raddr"],
        json!({"address": "::1", "port": port, "flowinfo": 0, "scope_id": 0})
    );
    let peer = accept_peer(&l);
    assert_eq!(r["connection"]["laddr"]["port"], peer.port());
    // -4 leaves getaddrinfo nothing to give for an IPv6 address.
    let e = json_error(&["connect", "-4", &format!("[::1]:{port}")], 1);
    assert_eq!(e["error"]["kind"], "gaierror");
}

#[test]
fn bad_endpoints_exit_2_with_one_line() {
    let cases = [
        (vec!["connect", "localhost"], "missing :PORT"),
        (vec!["connect", "::1:80"], "brackets"),
        (vec!["connect", ":80"], "missing host"),
        (vec!["connect", "host:"], "missing port"),
        (vec!["connect", "host:65536"], "0-65535"),
        (vec!["connect", "[::1]80"], "after ']'"),
        (vec!["connect", "[localhost]:80"], "not one"),
        (
            vec!["connect", "127.0.0.1:80", "--source", "127.0.0.1:http"],
            "must be a number",
        ),
        (vec!["create_connection", "nohost"], "missing :PORT"),
    ];
    for (args, words) in cases {
        let out = sockref().args(&args).output().expect("run");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {stderr}");
        assert!(out.stdout.is_empty(), "{args:?}");
        assert_eq!(stderr.lines().count(), 1, "{stderr}");
        assert!(stderr.contains(words), "{args:?}: {stderr}");
        let e = json_error(&args, 2);
        assert_eq!(e["error"]["kind"], "input");
    }
}

#[test]
fn the_mirror_has_pythons_shape() {
    let (_l, port) = listener();
    let target = format!("127.0.0.1:{port}");
    let r = json_of(&[
        "create_connection",
        &target,
        "--timeout",
        "2.5",
        "--source",
        "127.0.0.1",
    ]);
    assert_eq!(r["function"], "create_connection");
    assert_eq!(
        r["args"],
        json!({"address": {"address": "127.0.0.1", "port": port}, "timeout": 2.5,
               "source_address": {"address": "127.0.0.1", "port": 0}})
    );
    assert_eq!(
        r["result"]["raddr"],
        json!({"address": "127.0.0.1", "port": port})
    );
    assert_eq!(r["result"]["laddr"]["address"], "127.0.0.1");
    let (_closed, closed) = closed_port();
    let e = json_error(&["create_connection", &format!("127.0.0.1:{closed}")], 1);
    assert_eq!(e["error"]["name"], "ECONNREFUSED");
    assert_eq!(e["error"]["call"], "connect");
}

/// Python's `create_connection((host, port), timeout)`: the socket it connected (its
/// `laddr` and `raddr`) or the exception; `None` where python3 is missing (a skip, and a
/// failure under CI).
fn python_create_connection(host: &str, port: u16, timeout: f64) -> Option<Outcome> {
    if !require_python() {
        return None;
    }
    let call = PyCall::new(
        "create_connection",
        vec![json!({"tuple": [host, port]}), json!(timeout)],
    );
    oracle::ask_calls(&[call]).pop()
}

#[test]
fn conformance_with_python_create_connection() {
    let (_l, port) = listener();
    let Some(py) = python_create_connection("127.0.0.1", port, 5.0) else {
        return;
    };
    let ours = json_of(&["create_connection", &format!("127.0.0.1:{port}")]);
    assert_eq!(ours["result"]["raddr"], py.result()["raddr"]);
    assert_eq!(
        ours["result"]["laddr"]["address"],
        py.result()["laddr"]["address"]
    );

    let (_closed, closed) = closed_port();
    let py = python_create_connection("127.0.0.1", closed, 5.0).expect("python3");
    assert_eq!(
        py.raised().map(|r| r.kind.as_str()),
        Some("ConnectionRefusedError")
    );
    let ours = json_error(&["create_connection", &format!("127.0.0.1:{closed}")], 1);
    assert_eq!(ours["error"]["code"].as_i64(), py.errno());

    let (_full, _filler, full) = full_listener();
    let py = python_create_connection("127.0.0.1", full, 0.2).expect("python3");
    assert_eq!(py.raised().map(|r| r.kind.as_str()), Some("TimeoutError"));
    let args = [
        "create_connection",
        &format!("127.0.0.1:{full}"),
        "--timeout",
        "0.2",
    ];
    let ours = json_error(&args, 1);
    assert_eq!(ours["error"]["kind"], "timeout");
}

#[test]
fn localhost_candidates_come_in_pythons_order() {
    let (_l, port) = listener();
    if !require_python() {
        return;
    }
    let call = PyCall::new(
        "getaddrinfo",
        vec![
            json!("localhost"),
            json!(port),
            json!(0),
            json!({"const": "SOCK_STREAM"}),
        ],
    );
    let rows = oracle::ask_calls(&[call]).remove(0);
    let order: Vec<&str> = rows
        .result()
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|row| row["sockaddr"]["address"].as_str())
        .collect();
    let r = json_of(&["connect", &format!("localhost:{port}")]);
    let tried: Vec<&str> = r["attempts"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|a| a["sockaddr"]["address"].as_str())
        .collect();
    // Every candidate up to the first that reaches the listener on 127.0.0.1, in order.
    let upto = order
        .iter()
        .position(|a| *a == "127.0.0.1")
        .expect("localhost is 127.0.0.1")
        + 1;
    assert_eq!(
        tried,
        order[..upto],
        "sockref tried {tried:?}, Python's order {order:?}"
    );
    assert_eq!(r["connection"]["raddr"]["address"], "127.0.0.1");
    let py = python_create_connection("localhost", port, 5.0).expect("python3");
    assert_eq!(
        r["connection"]["raddr"]["address"],
        py.result()["raddr"]["address"]
    );
}

#[test]
fn host_and_port_may_be_two_words_as_for_getaddrinfo() {
    let (_l, port) = listener();
    let port = port.to_string();
    let one = report_with_status(&["connect", &format!("127.0.0.1:{port}")], 0);
    let two = report_with_status(&["connect", "127.0.0.1", &port], 0);
    assert_eq!(two["host"], one["host"]);
    assert_eq!(two["port"], one["port"]);
    assert_eq!(two["input"], format!("127.0.0.1 {port}"));
    assert_eq!(two["connection"]["raddr"], one["connection"]["raddr"]);
    let mirror = json_of(&["create_connection", "localhost", &port]);
    assert_eq!(
        mirror["result"]["raddr"]["port"],
        json!(port.parse::<u16>().unwrap_or(0))
    );
    let e = json_error(&["connect", "localhost:80", "81"], 2);
    assert_eq!(e["error"]["kind"], "input");
    assert!(
        e["error"]["message"]
            .as_str()
            .is_some_and(|m| m.contains("a port twice")),
        "{e}"
    );
}

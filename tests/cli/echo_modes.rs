//! The other modes of `sockref echo`: `--bench`, `--connections`, `--serve` and
//! `--connect`, their JSON shapes, flag conflicts, the loopback-only rule, Ctrl-C, and
//! interplay with socat and ncat where they are installed (required under CI). Loopback
//! only, every run bounded by a short duration or request count.

use std::net::UdpSocket;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use predicates::prelude::*;
use serde_json::Value;

use crate::support::cli::{json_error, json_of, sockref};
use crate::support::serve::ServeProcess;
use crate::support::skip::{require, skip};

fn rows<'a>(v: &'a Value, key: &str) -> &'a Vec<Value> {
    v[key].as_array().expect("an array")
}

fn num(v: &Value) -> f64 {
    v.as_f64().unwrap_or_else(|| panic!("not a number: {v}"))
}

#[test]
fn bench_reports_percentiles_half_round_trips_and_stream_throughput() {
    let v = json_of(&[
        "echo",
        "--bench",
        "--transport",
        "tcp4,udp4,socketpair",
        "--duration",
        "0.3",
    ]);
    assert_eq!(v["size"], 64);
    assert_eq!(v["write_size"], 131_072);
    assert_eq!(v["interrupted"], false);
    for row in rows(&v, "transports") {
        let name = row["transport"].as_str().unwrap_or("?");
        assert_eq!(row["status"], "passed", "{row}");
        let l = &row["latency"];
        assert!(l["round_trips"].as_u64().unwrap_or(0) > 10, "{name}: {l}");
        assert_eq!(l["tcp_nodelay"], name == "tcp4", "{name}");
        let (rtt, half) = (&l["rtt_us"], &l["half_rtt_us"]);
        let order = ["min", "p50", "p90", "p99", "p99.9", "max"];
        for pair in order.windows(2) {
            assert!(num(&rtt[pair[0]]) <= num(&rtt[pair[1]]), "{name}: {rtt}");
        }
        assert!(num(&rtt["mean"]) > 0.0 && rtt["count"] == l["round_trips"]);
        assert!(
            (num(&half["p50"]) - num(&rtt["p50"]) / 2.0).abs() < 0.06,
            "{l}"
        );
        let stream = name != "udp4";
        assert_eq!(row["throughput"].is_object(), stream, "{name}");
        if stream {
            let t = &row["throughput"];
            assert!(t["bytes"].as_u64().unwrap_or(0) >= 131_072, "{t}");
            assert_eq!(
                t["bits_per_s"].as_u64(),
                t["bytes_per_s"].as_u64().map(|b| b * 8)
            );
        }
    }
}

#[test]
fn bench_sends_large_messages_with_a_writer_and_refuses_oversized_datagrams() {
    let v = json_of(&[
        "echo",
        "--bench",
        "--transport",
        "unix-stream",
        "--duration",
        "0.2",
        "--size",
        "200K",
    ]);
    let row = &rows(&v, "transports")[0];
    assert_eq!(row["status"], "passed", "{row}");
    assert_eq!(row["latency"]["size"], 204_800);
    let out = sockref()
        .args([
            "echo",
            "--bench",
            "--transport",
            "udp4",
            "--duration",
            "0.2",
            "--size",
            "70000",
        ])
        .args(["--json"])
        .output()
        .expect("run");
    assert_one_failed_row(&out, "65507");
}

#[test]
fn the_bench_table_names_both_measurements() {
    sockref()
        .args([
            "echo",
            "--bench",
            "--transport",
            "tcp4",
            "--duration",
            "0.2",
        ])
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "ping-pong: one 64 B message in flight",
        ))
        .stdout(predicate::str::contains("| p50 / 2 "))
        .stdout(predicate::str::contains(
            "throughput: one stream of 128.0 KiB writes",
        ));
}

#[test]
fn short_connections_leave_time_wait_behind_and_long_ones_do_not() {
    let v = json_of(&["echo", "--connections", "short,long", "--requests", "200"]);
    let runs = rows(&v, "runs");
    assert_eq!(runs.len(), 2);
    let (short, long) = (&runs[0], &runs[1]);
    assert_eq!(
        (short["mode"].as_str(), long["mode"].as_str()),
        (Some("short"), Some("long"))
    );
    for run in runs {
        assert_eq!(run["status"], "passed", "{run}");
        assert_eq!(run["completed"], 200, "{run}");
        let p = &run["per_request_us"];
        assert!(
            num(&p["p50"]) > 0.0 && num(&p["p50"]) <= num(&p["p99"]),
            "{p}"
        );
    }
    assert_eq!(short["connections"], 200);
    assert_eq!(long["connections"], 1);
    // The client closes first, so each short connection leaves one TIME_WAIT socket.
    let left = short["time_wait"]["left"].as_u64().expect("a count");
    assert!(left >= 180, "{}", short["time_wait"]);
    assert!(long["time_wait"]["left"].as_u64().expect("a count") <= 1);
    // Which mode is faster per request is a measurement (scripts/bench-echo.sh), not a
    // contract: on a loaded machine the two medians can come out either way.
}

#[test]
fn connections_default_to_long_over_tcp4_and_refuse_other_transports() {
    let v = json_of(&["echo", "--connections", "--requests", "20"]);
    let run = &rows(&v, "runs")[0];
    assert_eq!(
        (run["mode"].as_str(), run["transport"].as_str()),
        (Some("long"), Some("tcp4"))
    );
    let e = json_error(
        &["echo", "--connections", "short", "--transport", "udp4"],
        2,
    );
    assert_eq!(e["error"]["kind"], "input");
}

#[test]
fn conflicting_or_orphaned_flags_are_usage_errors() {
    for args in [
        &["echo", "--bench", "--serve", "127.0.0.1:0"][..],
        &["echo", "--bench", "--connections", "short"],
        &["echo", "--serve", "127.0.0.1:0", "--connect", "127.0.0.1:7"],
        &["echo", "--requests", "10"],
        &["echo", "--idle", "3"],
        &["echo", "--duration", "3"],
        &["echo", "--size", "64"],
        &["echo", "--allow-remote"],
        &["echo", "--connections", "short", "--requests", "100001"],
        &["echo", "--connections", "sometimes"],
    ] {
        sockref().args(args).assert().code(2).stdout("");
    }
}

#[test]
fn addresses_beyond_loopback_need_allow_remote() {
    let e = json_error(&["echo", "--serve", "0.0.0.0:0"], 2);
    let message = e["error"]["message"].as_str().unwrap_or("");
    assert!(message.contains("--allow-remote"), "{e}");
    json_error(&["echo", "--connect", "192.0.2.1:7"], 2);
    json_error(&["echo", "--serve", "localhost:http"], 2);
    sockref()
        .args([
            "echo",
            "--serve",
            "0.0.0.0:0",
            "--allow-remote",
            "--duration",
            "0.2",
        ])
        .assert()
        .success()
        .stdout(predicate::str::starts_with("listening on 0.0.0.0:"))
        .stderr(
            predicate::str::is_match("^sockref: warning: .*other hosts can reach").expect("regex"),
        );
}

#[test]
fn a_served_duration_ends_with_success() {
    let started = Instant::now();
    let out = sockref()
        .args(["echo", "--serve", "[::1]:0", "--duration", "0.3"])
        .output()
        .expect("run");
    let text = String::from_utf8_lossy(&out.stdout);
    if text.is_empty() {
        // No IPv6 on this host: bind(::1) failed with exit 2.
        assert_eq!(out.status.code(), Some(2));
        skip("no ::1 on this host");
        return;
    }
    assert!(out.status.success(), "{text}");
    assert!(text.starts_with("listening on [::1]:"), "{text}");
    assert!(text.contains("stopped by duration"), "{text}");
    assert!(started.elapsed() < Duration::from_secs(5));
}

#[test]
fn connect_checks_payloads_against_a_served_echo_over_tcp_and_udp() {
    for transport in ["tcp4", "udp4"] {
        let server = ServeProcess::start("127.0.0.1:0", &["--transport", transport]);
        let addr = server.addr.to_string();
        let v = json_of(&["echo", "--connect", &addr, "--transport", transport]);
        let row = &rows(&v, "transports")[0];
        assert_eq!(row["status"], "passed", "{row}");
        assert_eq!(row["server"], addr.as_str());
        let stopped = server.interrupt(Duration::from_secs(5));
        let s = &stopped.report["serve"];
        let echoed = s["bytes_echoed"].as_u64().unwrap_or(0);
        assert!(echoed >= row["bytes"].as_u64().unwrap_or(u64::MAX), "{s}");
    }
}

#[test]
fn connect_to_nothing_fails_with_the_platforms_words() {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("a free port");
    let addr = listener.local_addr().expect("its address").to_string();
    drop(listener);
    let out = sockref()
        .args(["echo", "--connect", &addr, "--json"])
        .output()
        .expect("run");
    assert_one_failed_row(&out, "ECONNREFUSED");
}

#[test]
fn a_udp_echo_goes_to_its_sender_and_nowhere_else() {
    let server = ServeProcess::start("127.0.0.1:0", &["--transport", "udp4"]);
    let a = UdpSocket::bind("127.0.0.1:0").expect("socket A");
    let b = UdpSocket::bind("127.0.0.1:0").expect("socket B");
    a.set_read_timeout(Some(Duration::from_secs(2)))
        .expect("timeout");
    b.set_read_timeout(Some(Duration::from_millis(300)))
        .expect("timeout");
    let mut buf = [0u8; 64];
    for i in 0..5u8 {
        a.send_to(&[i; 16], server.addr).expect("A sends");
        let (n, from) = a.recv_from(&mut buf).expect("A's echo");
        assert_eq!((&buf[..n], from), (&[i; 16][..], server.addr));
    }
    // B never sent anything, so nothing comes to it, whatever A sent.
    assert!(
        b.recv_from(&mut buf).is_err(),
        "B received an echo of A's datagram"
    );
    let stopped = server.interrupt(Duration::from_secs(5));
    assert_eq!(stopped.report["serve"]["datagrams"], 5);
}

#[test]
fn ctrl_c_stops_the_server_cleanly_with_130() {
    let server = ServeProcess::start("127.0.0.1:0", &[]);
    // A client in the middle of its connection when Ctrl-C comes.
    let open = std::net::TcpStream::connect(server.addr).expect("a client");
    std::thread::sleep(Duration::from_millis(100));
    let stopped = server.interrupt(Duration::from_secs(5));
    drop(open);
    assert_eq!(stopped.status.code(), Some(130));
    assert!(!stopped.stderr.contains("panicked"), "{}", stopped.stderr);
    assert_eq!(stopped.report["serve"]["stopped_by"], "interrupt");
    assert_eq!(stopped.report["serve"]["connections"], 1);
}

/// A tool the interplay tests need: present, or skipped (a failure under CI).
fn have(tool: &str) -> bool {
    require(tool, &["-h"])
}

/// A free loopback port, for tools that cannot be told to pick one. It is taken below
/// the kernel's ephemeral range (32768 and up by default), so that the other tests, which
/// bind port 0, cannot be handed it before the tool binds it.
fn free_port() -> u16 {
    let start = 20_000 + (std::process::id() % 5_000) as u16;
    (start..start + 5_000)
        .find(|&p| std::net::TcpListener::bind(("127.0.0.1", p)).is_ok())
        .expect("a free port below the ephemeral range")
}

/// Waits until something listens on `port` (bounded).
fn wait_listening(port: u16, child: &mut Child) {
    let deadline = Instant::now() + Duration::from_secs(5);
    while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(
            child.try_wait().ok().flatten().is_none(),
            "the server exited"
        );
        assert!(Instant::now() < deadline, "nothing listens on {port}");
        std::thread::sleep(Duration::from_millis(20));
    }
}

/// A server this test started, killed when the test ends, even by a panic.
struct Stopped(Child);

impl Drop for Stopped {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

#[test]
fn connect_works_against_socat_and_ncat_servers() {
    let servers: [(&str, &[&str]); 2] = [
        (
            "socat",
            &[
                "TCP-LISTEN:{port},bind=127.0.0.1,reuseaddr,fork",
                "EXEC:cat",
            ],
        ),
        (
            "ncat",
            &["-l", "-k", "--exec", "/bin/cat", "127.0.0.1", "{port}"],
        ),
    ];
    for (tool, args) in servers {
        if !have(tool) {
            continue;
        }
        let port = free_port();
        let args: Vec<String> = args
            .iter()
            .map(|a| a.replace("{port}", &port.to_string()))
            .collect();
        let child = Command::new(tool)
            .args(&args)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("spawn the server");
        let mut child = Stopped(child);
        wait_listening(port, &mut child.0);
        let v = json_of(&["echo", "--connect", &format!("127.0.0.1:{port}")]);
        drop(child);
        let row = &rows(&v, "transports")[0];
        assert_eq!(row["status"], "passed", "{tool}: {row}");
        assert!(
            row["bytes"].as_u64().unwrap_or(0) > 1_048_576,
            "{tool}: {row}"
        );
    }
}

#[test]
fn socat_is_a_client_of_serve() {
    if !have("socat") {
        return;
    }
    let server = ServeProcess::start("127.0.0.1:0", &[]);
    let out = Command::new("socat")
        .args(["-t", "2", "-", &format!("TCP:{}", server.addr)])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .and_then(|mut child| {
            use std::io::Write;
            let mut stdin = child.stdin.take().expect("stdin");
            stdin.write_all(b"hello from socat\n")?;
            drop(stdin);
            child.wait_with_output()
        })
        .expect("run socat");
    assert_eq!(String::from_utf8_lossy(&out.stdout), "hello from socat\n");
    let stopped = server.interrupt(Duration::from_secs(5));
    assert_eq!(stopped.report["serve"]["bytes_echoed"], 17);
}

/// Exit 1 and a single failed transport row whose error mentions `words`.
fn assert_one_failed_row(out: &std::process::Output, words: &str) {
    assert_eq!(out.status.code(), Some(1));
    let v: Value = serde_json::from_slice(&out.stdout).expect("JSON");
    let row = &rows(&v, "transports")[0];
    assert_eq!(row["status"], "failed");
    assert!(row["error"].as_str().unwrap_or("").contains(words), "{row}");
}

#[test]
fn serve_under_json_writes_json_lines() {
    let output = sockref()
        .args([
            "echo",
            "--serve",
            "127.0.0.1:0",
            "--duration",
            "300ms",
            "--json",
        ])
        .output()
        .expect("run sockref");
    assert_eq!(output.status.code(), Some(0));
    let stdout = String::from_utf8_lossy(&output.stdout);
    let lines: Vec<Value> = stdout
        .lines()
        .map(|l| serde_json::from_str(l).expect("each line one JSON object"))
        .collect();
    assert_eq!(lines.len(), 2, "{stdout}");
    assert!(lines[0]["listening"]["address"].is_string());
    assert_eq!(lines[1]["serve"]["stopped_by"], "duration");
}

/// A peer that echoes correctly but one byte every 300 ms keeps every recv within its own
/// timeout; the exchange as a whole must still end near `--timeout`.
#[test]
fn connect_gives_up_on_a_trickling_peer() {
    use std::io::{Read, Write};
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
    let port = listener.local_addr().expect("address").port();
    let peer = std::thread::spawn(move || {
        let Ok((mut conn, _)) = listener.accept() else {
            return;
        };
        // Echoes everything, a byte at a time; gives up after 20 s so the test stays bounded.
        let until = Instant::now() + Duration::from_secs(20);
        let mut buf = [0u8; 4096];
        while Instant::now() < until {
            let Ok(n @ 1..) = conn.read(&mut buf) else {
                return;
            };
            for &b in &buf[..n] {
                std::thread::sleep(Duration::from_millis(300));
                if Instant::now() >= until || conn.write_all(&[b]).is_err() {
                    return;
                }
            }
        }
    });
    let started = Instant::now();
    let output = sockref()
        .args([
            "--timeout",
            "1",
            "echo",
            "--connect",
            &format!("127.0.0.1:{port}"),
        ])
        .output()
        .expect("run sockref");
    let took = started.elapsed();
    assert_ne!(output.status.code(), Some(0));
    // Each exchange ends within --timeout: 1, 2 and 3 bytes take 0.3 s a byte, the next
    // one runs into its deadline. Without it the 127-byte payload alone takes 38 s.
    assert!(took < Duration::from_secs(8), "took {took:?}");
    let _ = peer.join();
}

/// `--bench --connect`: the benchmark against a server in another process, the way
/// sockperf runs; TCP with streams through the echo, UDP with its request rate.
#[test]
fn bench_connects_to_a_served_echo_over_tcp_and_udp() {
    for transport in ["tcp4", "udp4"] {
        let server = ServeProcess::start("127.0.0.1:0", &["--transport", transport]);
        let addr = server.addr.to_string();
        let report = json_of(&[
            "echo",
            "--bench",
            "--connect",
            &addr,
            "--transport",
            transport,
            "--duration",
            "0.3",
            "--streams",
            "3",
        ]);
        let row = &rows(&report, "transports")[0];
        assert_eq!(row["status"], "passed", "{report}");
        assert_eq!(row["server"], addr.as_str(), "{report}");
        assert_eq!(report["connect"], addr.as_str(), "{report}");
        let latency = &row["latency"];
        assert!(num(&latency["round_trips"]) > 100.0, "{report}");
        assert!(num(&latency["requests_per_s"]) > 100.0, "{report}");
        if transport == "tcp4" {
            assert_eq!(report["streams"], 3);
            assert!(num(&row["throughput"]["bytes"]) > 1e6, "{report}");
            assert!(num(&row["throughput"]["bits_per_s"]) > 0.0, "{report}");
        } else {
            assert!(row["throughput"].is_null(), "{report}");
        }
        let stopped = server.interrupt(Duration::from_secs(5));
        assert_eq!(stopped.status.code(), Some(130));
    }
    let e = json_error(&["echo", "--bench", "--connect", "192.0.2.1:7"], 2);
    assert!(
        e["error"]["message"]
            .as_str()
            .is_some_and(|m| m.contains("--allow-remote")),
        "{e}"
    );
    json_error(&["echo", "--bench", "--streams", "2"], 2);
}

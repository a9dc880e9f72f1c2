//! Snapshots of the echo views (`echo`, `--trace`, `--bench`, `--connections`, `--serve`),
//! whose addresses and timings change with every run: fixed reports built from sockref's
//! public types, shaped like real runs.

use sockref::commands::echo::EchoReport;
use sockref::commands::echo::bench::{BenchReport, ConnectionsReport};
use sockref::commands::echo::serve::{ServeEndpoint, ServeReady, ServeReport};
use sockref::echo::bench::{BenchRun, Latency, Throughput};
use sockref::echo::connections::{ConnectionMode, ConnectionsRun, TimeWait};
use sockref::echo::server::until_stopped::{ServeSummary, StoppedBy};
use sockref::echo::stats::{LatencySummary, RttSummary};
use sockref::echo::trace::{Side, TraceEvent};
use sockref::echo::transport::EchoTransport;
use sockref::echo::{EchoStatus, TransportRun};
use sockref::report::Report;

use crate::snap::render_all;

fn rtt(p50: f64, p99: f64) -> Option<RttSummary> {
    Some(RttSummary {
        min: p50 * 0.8,
        p50,
        p90: p50 * 1.5,
        p99,
        max: p99 * 2.0,
    })
}

fn passed(transport: EchoTransport, server: &str, client: &str) -> TransportRun {
    TransportRun {
        transport,
        status: EchoStatus::Passed,
        server: Some(server.into()),
        client: Some(client.into()),
        bytes: 1_125_742,
        round_trips: 108,
        rtt_us: rtt(21.9, 418.6),
        throughput_bytes_per_s: Some(773_220_762),
        error: None,
        max_message: None,
        ignored_by_server: 0,
        trace: None,
        trace_dropped: None,
    }
}

#[test]
fn echo_over_transports_that_pass_fail_or_are_missing() {
    let mut dgram = passed(
        EchoTransport::UnixDgram,
        "/tmp/sockref-echo-x/server.sock",
        "/tmp/sockref-echo-x/client.sock",
    );
    (dgram.bytes, dgram.round_trips) = (262_963, 109);
    (dgram.throughput_bytes_per_s, dgram.max_message) = (None, Some(212_960));
    let unavailable = TransportRun {
        transport: EchoTransport::Tcp6,
        status: EchoStatus::Unavailable,
        server: None,
        client: None,
        bytes: 0,
        round_trips: 0,
        rtt_us: None,
        throughput_bytes_per_s: None,
        error: Some(
            "bind(\"[::1]:0\"): EADDRNOTAVAIL (99): Cannot assign requested address".into(),
        ),
        max_message: None,
        ignored_by_server: 0,
        trace: None,
        trace_dropped: None,
    };
    let failed = TransportRun {
        status: EchoStatus::Failed,
        bytes: 4096,
        round_trips: 3,
        rtt_us: None,
        throughput_bytes_per_s: None,
        error: Some("client: recv: timed out after 5s".into()),
        ignored_by_server: 1,
        ..passed(EchoTransport::Udp4, "127.0.0.1:40000", "127.0.0.1:40001")
    };
    let report = EchoReport {
        transports: vec![
            passed(EchoTransport::Tcp4, "127.0.0.1:40000", "127.0.0.1:40001"),
            unavailable,
            failed,
            dgram,
        ],
        pings: 100,
        timeout_s: 5.0,
    };
    assert_eq!(report.exit_status().code(), 1);
    insta::assert_snapshot!(render_all(&report));
}

#[test]
fn echo_trace_of_a_socketpair() {
    let calls: [(Side, &'static str, i32, &str, &str, u64); 10] = [
        (
            Side::Client,
            "socketpair",
            3,
            "AF_UNIX, SOCK_STREAM",
            "0 [3, 4]",
            329,
        ),
        (Side::Client, "send", 3, "5", "5", 529),
        (Side::Server, "recv", 4, "262144", "5", 549),
        (Side::Server, "send", 4, "5", "5", 550),
        (Side::Client, "recv", 3, "5", "5", 553),
        (Side::Client, "shutdown", 3, "SHUT_WR", "0", 601),
        (Side::Server, "recv", 4, "262144", "0", 610),
        (Side::Server, "close", 4, "", "0", 612),
        (Side::Client, "recv", 3, "512", "0", 630),
        (Side::Client, "close", 3, "", "0", 631),
    ];
    let trace = calls
        .iter()
        .map(|&(side, call, fd, args, result, t_us)| TraceEvent {
            side,
            call,
            fd,
            args: args.into(),
            result: result.into(),
            t_us,
        })
        .collect();
    let run = TransportRun {
        bytes: 5,
        round_trips: 1,
        rtt_us: rtt(24.0, 24.0),
        throughput_bytes_per_s: None,
        trace: Some(trace),
        trace_dropped: None,
        ..passed(EchoTransport::Socketpair, "unnamed", "unnamed")
    };
    let report = EchoReport {
        transports: vec![run],
        pings: 100,
        timeout_s: 5.0,
    };
    insta::assert_snapshot!(render_all(&report));
}

fn latency(count: u64, p50: f64) -> LatencySummary {
    LatencySummary {
        count,
        min: p50 * 0.4,
        mean: p50 * 1.05,
        p50,
        p90: p50 * 1.2,
        p99: p50 * 1.6,
        p99_9: p50 * 3.5,
        max: p50 * 38.0,
    }
}

fn half(full: LatencySummary) -> LatencySummary {
    LatencySummary {
        count: full.count,
        min: full.min / 2.0,
        mean: full.mean / 2.0,
        p50: full.p50 / 2.0,
        p90: full.p90 / 2.0,
        p99: full.p99 / 2.0,
        p99_9: full.p99_9 / 2.0,
        max: full.max / 2.0,
    }
}

#[test]
fn bench_of_a_stream_and_a_datagram_transport() {
    let run = |transport, tcp_nodelay, p50, throughput| {
        let rtt_us = latency(7568, p50);
        BenchRun {
            transport,
            status: EchoStatus::Passed,
            server: Some("127.0.0.1:40000".into()),
            client: Some("127.0.0.1:40001".into()),
            latency: Some(Latency {
                size: 64,
                round_trips: 7568,
                warmup_round_trips: 786,
                seconds: 0.2,
                requests_per_s: 37_840.0,
                tcp_nodelay,
                rtt_us,
                half_rtt_us: half(rtt_us),
            }),
            throughput,
            error: None,
        }
    };
    let stream = Throughput {
        bytes: 950_009_856,
        seconds: 0.2,
        bytes_per_s: 4_750_049_280,
        bits_per_s: 38_000_394_240,
        write_size: 131_072,
    };
    let report = BenchReport {
        transports: vec![
            run(EchoTransport::Tcp4, true, 24.4, Some(stream)),
            run(EchoTransport::Udp4, false, 20.2, None),
        ],
        duration_s: 0.2,
        warmup_s: 0.02,
        size: 64,
        write_size: 131_072,
        interrupted: false,
        connect: None,
        streams: 1,
    };
    insta::assert_snapshot!(render_all(&report));
}

#[test]
fn connections_short_and_long() {
    let run = |mode, connections, seconds: f64, p50, left| ConnectionsRun {
        mode,
        transport: EchoTransport::Tcp4,
        status: EchoStatus::Passed,
        server: Some("127.0.0.1:40000".into()),
        requests: 20,
        completed: 20,
        size: 64,
        seconds,
        requests_per_s: (20.0 / seconds).round(),
        per_request_us: Some(latency(20, p50)),
        connections,
        time_wait: Some(TimeWait {
            before: 0,
            after: left,
            left,
        }),
        tcp_tw_reuse: Some(2),
        error: None,
    };
    let report = ConnectionsReport {
        runs: vec![
            run(ConnectionMode::Short, 20, 0.0025, 76.0, 20),
            run(ConnectionMode::Long, 1, 0.001, 24.0, 1),
        ],
        requests: 20,
        size: 64,
        interrupted: false,
    };
    insta::assert_snapshot!(render_all(&report));
}

#[test]
fn serve_announces_its_address() {
    let report = ServeReady {
        listening: ServeEndpoint {
            transport: EchoTransport::Tcp4,
            address: "127.0.0.1:40000".into(),
        },
    };
    insta::assert_snapshot!(render_all(&report));
}

#[test]
fn serve_stopped_by_ctrl_c() {
    let report = ServeReport {
        serve: ServeSummary {
            transport: EchoTransport::Tcp4,
            address: "127.0.0.1:40000".into(),
            stopped_by: StoppedBy::Interrupt,
            seconds: 12.5,
            max_connections: 2048,
            idle_s: 30.0,
            connections: 1000,
            peak_connections: 1000,
            over_limit: 0,
            idle_closed: 3,
            reset: 10,
            failed: 0,
            accept_errors: 0,
            bytes_echoed: 1_048_576_000,
            datagrams: 0,
            dropped: 0,
        },
    };
    assert_eq!(report.exit_status().code(), 130);
    insta::assert_snapshot!(render_all(&report));
}

/// The benchmark against someone else's echo server: the throughput runs through its echo.
#[test]
fn bench_against_an_echo_server() {
    let latency_us = latency(5000, 30.0);
    let report = BenchReport {
        transports: vec![BenchRun {
            transport: EchoTransport::Tcp4,
            status: EchoStatus::Passed,
            server: Some("127.0.0.1:7000".into()),
            client: Some("127.0.0.1:40001".into()),
            latency: Some(Latency {
                size: 64,
                round_trips: 5000,
                warmup_round_trips: 500,
                seconds: 0.2,
                requests_per_s: 25_000.0,
                tcp_nodelay: true,
                rtt_us: latency_us,
                half_rtt_us: half(latency_us),
            }),
            throughput: Some(Throughput {
                bytes: 400_000_000,
                seconds: 0.2,
                bytes_per_s: 2_000_000_000,
                bits_per_s: 16_000_000_000,
                write_size: 131_072,
            }),
            error: None,
        }],
        duration_s: 0.2,
        warmup_s: 0.02,
        size: 64,
        write_size: 131_072,
        interrupted: false,
        connect: Some("127.0.0.1:7000".into()),
        streams: 4,
    };
    insta::assert_snapshot!(render_all(&report));
}

//! `echo --bench --connect ADDR`: the benchmark against any echo server (another
//! `sockref echo --serve`, socat, a user's own), so that sockref can be compared like for
//! like with two-process tools such as sockperf: the ping-pong of the local benchmark
//! (over UDP its rate is the request rate), and stream throughput through the echo with
//! `--streams N` connections at once, each written and read by a thread of its own.

use std::net::Shutdown;
use std::thread;
use std::time::Instant;

use socket2::SockAddr;

use super::bench::{BenchPlan, BenchRun, PingPong, Throughput, WRITE_SIZE};
use super::client::EchoClient;
use super::payload::pattern;
use super::stats::bytes_per_second;
use super::trace::Tracer;
use super::transport::{EchoTransport, Framing};
use super::{EchoError, EchoStatus};

/// The benchmark of `transport` against the echo server at `server`.
pub fn run(
    transport: EchoTransport,
    server: &SockAddr,
    plan: &BenchPlan,
    streams: usize,
) -> BenchRun {
    let mut row = BenchRun {
        transport,
        status: EchoStatus::Passed,
        server: server.as_socket().map(|a| a.to_string()),
        client: None,
        latency: None,
        throughput: None,
        error: None,
    };
    let tcp = matches!(transport, EchoTransport::Tcp4 | EchoTransport::Tcp6);
    let ping = EchoClient::connect(transport, server, None, &Tracer::off(), plan.timeout)
        .map_err(|e| e.to_string())
        .and_then(|client| {
            row.client = client
                .local_addr()
                .and_then(|a| a.as_socket())
                .map(|a| a.to_string());
            if tcp {
                client.socket().set_nodelay().map_err(|e| e.to_string())?;
            }
            PingPong::new(plan, tcp)
                .run(client)
                .map_err(|e| e.to_string())
        });
    match ping {
        Ok(latency) => row.latency = Some(latency),
        Err(e) => return failed(row, format!("ping-pong: {e}")),
    }
    if transport.framing() == Framing::Stream && !plan.interrupt.is_set() {
        match throughput(transport, server, plan, streams) {
            Ok(figures) => row.throughput = Some(figures),
            Err(e) => return failed(row, format!("throughput: {e}")),
        }
    }
    row
}

fn failed(mut row: BenchRun, error: String) -> BenchRun {
    row.status = EchoStatus::Failed;
    row.error = Some(error);
    row
}

/// `streams` connections at once, each writing blocks for the duration while another
/// thread reads the echo back; the bytes echoed over the time they took.
fn throughput(
    transport: EchoTransport,
    server: &SockAddr,
    plan: &BenchPlan,
    streams: usize,
) -> Result<Throughput, String> {
    let clients = (0..streams)
        .map(|_| EchoClient::connect(transport, server, None, &Tracer::off(), plan.timeout))
        .collect::<Result<Vec<_>, _>>()
        .map_err(|e| e.to_string())?;
    let start = Instant::now();
    let end = start + plan.duration;
    let echoed = thread::scope(|scope| {
        let handles: Vec<_> = clients
            .iter()
            .map(|client| scope.spawn(move || one_stream(client, plan, end)))
            .collect();
        handles
            .into_iter()
            .map(|h| h.join().unwrap_or(Err(EchoError::ThreadLost("stream"))))
            .collect::<Result<Vec<u64>, EchoError>>()
    })
    .map_err(|e| e.to_string())?;
    let seconds = start.elapsed();
    let bytes: u64 = echoed.iter().sum();
    let bytes_per_s = bytes_per_second(bytes, seconds).unwrap_or(0);
    Ok(Throughput {
        bytes,
        seconds: seconds.as_secs_f64(),
        bytes_per_s,
        bits_per_s: bytes_per_s.saturating_mul(8),
        write_size: WRITE_SIZE,
    })
}

/// One stream: a writer thread until `end`, then the write side shut; this thread reads
/// every echoed byte until the server closes. Everything written must come back.
fn one_stream(client: &EchoClient, plan: &BenchPlan, end: Instant) -> Result<u64, EchoError> {
    let socket = client.socket();
    thread::scope(|scope| {
        let writer = scope.spawn(move || -> Result<u64, EchoError> {
            let block = pattern(0x5eed, WRITE_SIZE);
            let mut sent = 0u64;
            while Instant::now() < end && !plan.interrupt.is_set() {
                socket.send_all(&block)?;
                sent += WRITE_SIZE as u64;
            }
            socket.shutdown(Shutdown::Write)?;
            Ok(sent)
        });
        let mut buf = vec![0u8; WRITE_SIZE];
        let mut received = 0u64;
        loop {
            let got = socket.recv(&mut buf)?;
            if got == 0 {
                break;
            }
            received += got as u64;
        }
        let sent = writer
            .join()
            .map_err(|_| EchoError::ThreadLost("writer"))??;
        if received != sent {
            return Err(EchoError::Lost { sent, received });
        }
        Ok(received)
    })
}

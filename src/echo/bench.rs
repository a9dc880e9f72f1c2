//! `echo --bench`: latency and throughput over one transport, measured the way sockperf
//! and iperf3 measure them so that the figures can be put side by side.
//!
//! - Ping-pong (sockperf `ping-pong`): one message of the chosen size in flight; the
//!   client sends it, waits for the whole echo, checks it and sends again, for the
//!   duration after a short warm-up. Every round trip goes into an HdrHistogram. TCP
//!   runs with TCP_NODELAY on both ends, as sockperf does. sockperf prints half the round
//!   trip as its "latency"; the report carries both.
//! - Throughput (iperf3, one stream; streams only): the client writes 128 KiB blocks (the
//!   iperf3 default) for the duration into a server that only counts what it reads, then
//!   shuts its side down; the server answers with its count, which must equal what was
//!   written. Bytes per second over the time from the first write to that answer.
//!
//! Stream messages larger than a socket buffer cannot be written and read on one thread
//! (the echo would fill the buffers and both sides would wait), so for those a writer
//! thread lives for the whole run and is handed each message in turn.

use std::net::Shutdown;
use std::sync::mpsc;
use std::thread;
use std::time::{Duration, Instant};

use serde::Serialize;

use super::client::{DIRECT_LIMIT, EchoClient};
use super::payload::{pattern, verify};
use super::server::ServerTally;
use super::socket::EchoSocket;
use super::stats::{LatencySummary, RttRecorder, bytes_per_second};
use super::trace::Tracer;
use super::transport::{EchoTransport, Framing, MAX_MESSAGE, not_offered};
use super::{EchoError, EchoStatus, Pair, open_pair, scratch_dir};
use crate::error::Error;
use crate::sys::interrupt::Interrupt;

/// The size of each write of the throughput run: iperf3's default for TCP.
pub const WRITE_SIZE: usize = 128 * 1024;
/// The longest warm-up before the ping-pong is recorded (sockperf warms up for 400 ms).
pub const MAX_WARMUP: Duration = Duration::from_millis(400);

/// What a benchmark run does.
#[derive(Debug, Clone)]
pub struct BenchPlan {
    /// How long each measurement runs.
    pub duration: Duration,
    /// Bytes per ping-pong message.
    pub size: usize,
    /// The deadline of every blocking call.
    pub timeout: Duration,
    /// Ctrl-C: stops the measurement early; what was measured is kept.
    pub interrupt: Interrupt,
}

impl BenchPlan {
    /// A tenth of the duration, at most [`MAX_WARMUP`].
    pub fn warmup(&self) -> Duration {
        (self.duration / 10).min(MAX_WARMUP)
    }
}

/// One transport's benchmark.
#[derive(Debug, Clone, Serialize)]
pub struct BenchRun {
    pub transport: EchoTransport,
    pub status: EchoStatus,
    pub server: Option<String>,
    pub client: Option<String>,
    pub latency: Option<Latency>,
    /// Streams only; `null` for datagrams and seqpackets.
    pub throughput: Option<Throughput>,
    pub error: Option<String>,
}

/// The ping-pong's figures.
#[derive(Debug, Clone, Copy, Serialize)]
pub struct Latency {
    /// Bytes per message.
    pub size: usize,
    /// Round trips recorded (after the warm-up).
    pub round_trips: u64,
    /// Round trips before recording started.
    pub warmup_round_trips: u64,
    /// Seconds of recorded round trips.
    pub seconds: f64,
    /// Round trips per second: over UDP, the request rate.
    pub requests_per_s: f64,
    /// Whether TCP_NODELAY was set (TCP only).
    pub tcp_nodelay: bool,
    /// Round-trip times, send to the last byte of the echo back.
    pub rtt_us: LatencySummary,
    /// Half of each figure: what sockperf prints as "latency".
    pub half_rtt_us: LatencySummary,
}

/// The one-way stream's figures.
#[derive(Debug, Clone, Copy, Serialize)]
pub struct Throughput {
    /// Bytes the server counted (equal to what was written, or the run failed).
    pub bytes: u64,
    pub seconds: f64,
    pub bytes_per_s: u64,
    /// The same in bits, as iperf3 reports it.
    pub bits_per_s: u64,
    /// The size of each write.
    pub write_size: usize,
}

/// Runs the benchmark over one transport.
pub fn run(transport: EchoTransport, plan: &BenchPlan) -> BenchRun {
    let mut row = BenchRun {
        transport,
        status: EchoStatus::Passed,
        server: None,
        client: None,
        latency: None,
        throughput: None,
        error: None,
    };
    if let Some(reason) = transport.unsupported() {
        row.status = EchoStatus::Unavailable;
        row.error = Some(reason.to_string());
        return row;
    }
    let tcp = matches!(transport, EchoTransport::Tcp4 | EchoTransport::Tcp6);
    match with_pair(transport, plan.timeout, |pair| ping_pong(pair, plan, tcp)) {
        Ok((latency, server, client)) => {
            row.latency = Some(latency);
            row.server = Some(server);
            row.client = client;
        }
        Err(failure) => return failure.into_row(row),
    }
    if transport.framing() == Framing::Stream && !plan.interrupt.is_set() {
        match with_pair(transport, plan.timeout, |pair| throughput(pair, plan)) {
            Ok((figures, ..)) => row.throughput = Some(figures),
            Err(failure) => return failure.into_row(row),
        }
    }
    row
}

/// Why a measurement did not finish.
enum Failure {
    /// The pair could not be set up: the host lacks the transport, or a call failed.
    SetUp(Error),
    /// The run itself failed.
    Run(String),
}

impl Failure {
    fn into_row(self, mut row: BenchRun) -> BenchRun {
        let (status, text) = match self {
            // The host lacks the transport (no IPv6, say): not a failure.
            Failure::SetUp(e) if e.errno().is_some_and(not_offered) => {
                (EchoStatus::Unavailable, e.to_string())
            }
            Failure::SetUp(e) => (EchoStatus::Failed, e.to_string()),
            Failure::Run(e) => (EchoStatus::Failed, e),
        };
        row.status = status;
        row.error = Some(text);
        row
    }
}

/// Sets a pair up in a fresh directory, runs `measure` with it and returns its figures
/// with the server's and client's address.
fn with_pair<T>(
    transport: EchoTransport,
    timeout: Duration,
    measure: impl FnOnce(Pair) -> Result<T, String>,
) -> Result<(T, String, Option<String>), Failure> {
    let dir = scratch_dir(transport).map_err(Failure::Run)?;
    let pair = open_pair(
        transport,
        dir.as_ref().map(|d| d.path()),
        &Tracer::off(),
        timeout,
    )
    .map_err(Failure::SetUp)?;
    let (server, client) = (pair.server_text.clone(), pair.client_text.clone());
    let figures = measure(pair).map_err(Failure::Run)?;
    Ok((figures, server, client))
}

/// The ping-pong: the server on its own thread, the client here.
fn ping_pong(pair: Pair, plan: &BenchPlan, tcp: bool) -> Result<Latency, String> {
    let max = pair.max_message.unwrap_or(MAX_MESSAGE);
    if plan.size > max {
        return Err(format!(
            "--size {} is larger than the largest message, {max} bytes",
            plan.size
        ));
    }
    let server = if tcp {
        pair.client
            .socket()
            .set_nodelay()
            .map_err(|e| e.to_string())?;
        pair.server.with_nodelay()
    } else {
        pair.server
    };
    let (allowed, client) = (pair.allowed, pair.client);
    let (client_outcome, server_outcome) = thread::scope(|scope| {
        let serving = thread::Builder::new()
            .name("sockref-bench-server".into())
            .spawn_scoped(scope, || server.serve_one(&allowed));
        let client_outcome = PingPong::new(plan, tcp).run(client);
        let server_outcome: Result<ServerTally, EchoError> = match serving {
            Ok(handle) => handle
                .join()
                .unwrap_or(Err(EchoError::ThreadLost("server"))),
            Err(_) => Err(EchoError::ThreadLost("server")),
        };
        (client_outcome, server_outcome)
    });
    match (client_outcome, server_outcome) {
        (Ok(latency), Ok(_)) => Ok(latency),
        (Err(c), Err(s)) if c.is_peer_gone() => Err(format!("server: {s}")),
        (Err(c), _) => Err(format!("client: {c}")),
        (Ok(_), Err(s)) => Err(format!("server: {s}")),
    }
}

/// The client's side of the ping-pong.
pub(super) struct PingPong<'a> {
    plan: &'a BenchPlan,
    tcp_nodelay: bool,
    payload: Vec<u8>,
    reply: Vec<u8>,
    rtt: RttRecorder,
    warmup_round_trips: u64,
}

impl<'a> PingPong<'a> {
    pub(super) fn new(plan: &'a BenchPlan, tcp_nodelay: bool) -> PingPong<'a> {
        PingPong {
            plan,
            tcp_nodelay,
            payload: pattern(0xbe4c, plan.size),
            // One byte more, so that a longer datagram shows as such.
            reply: vec![0u8; plan.size + 1],
            rtt: RttRecorder::new(),
            warmup_round_trips: 0,
        }
    }

    pub(super) fn run(mut self, client: EchoClient) -> Result<Latency, EchoError> {
        let stream = client.framing() == Framing::Stream;
        let outcome = if stream && self.plan.size > DIRECT_LIMIT {
            self.with_writer(client.socket())
        } else {
            self.loop_on(|payload, reply| exchange_direct(client.socket(), stream, payload, reply))
        };
        let seconds = match outcome {
            Ok(seconds) => seconds,
            Err(e) => {
                client.abandon();
                return Err(e);
            }
        };
        client.finish()?;
        let rtt_us = self.rtt.latency().unwrap_or(EMPTY);
        let round_trips = self.rtt.count();
        Ok(Latency {
            size: self.plan.size,
            round_trips,
            warmup_round_trips: self.warmup_round_trips,
            seconds,
            requests_per_s: if seconds > 0.0 {
                round_trips as f64 / seconds
            } else {
                0.0
            },
            tcp_nodelay: self.tcp_nodelay,
            rtt_us,
            half_rtt_us: rtt_us.halved(),
        })
    }

    /// Round trips until the warm-up and then the duration are over (or Ctrl-C); the
    /// recorded seconds.
    fn loop_on(
        &mut self,
        mut exchange: impl FnMut(&[u8], &mut [u8]) -> Result<usize, EchoError>,
    ) -> Result<f64, EchoError> {
        let start = Instant::now();
        let recording_from = start + self.plan.warmup();
        let end = recording_from + self.plan.duration;
        let mut now = start;
        while now < end && !self.plan.interrupt.is_set() {
            let got = exchange(&self.payload, &mut self.reply)?;
            let back = Instant::now();
            verify(&self.payload, &self.reply[..got]).map_err(|mismatch| EchoError::Mismatch {
                index: 0,
                size: self.payload.len(),
                mismatch,
            })?;
            if now >= recording_from {
                self.rtt.record(back - now);
            } else {
                self.warmup_round_trips += 1;
            }
            now = Instant::now();
        }
        Ok(now.saturating_duration_since(recording_from).as_secs_f64())
    }

    /// The ping-pong with a writer thread that lives for the whole run: each message is
    /// handed to it over a channel while this thread reads the echo.
    fn with_writer(&mut self, socket: &EchoSocket) -> Result<f64, EchoError> {
        let payload = self.payload.clone();
        thread::scope(|scope| {
            let (go, orders) = mpsc::sync_channel::<()>(1);
            let writer = scope.spawn(move || -> Result<(), EchoError> {
                for () in orders {
                    if let Err(e) = socket.send_all(&payload) {
                        // The reader is waiting for an echo that will not come.
                        let _ = socket.socket().shutdown(Shutdown::Read);
                        return Err(e.into());
                    }
                }
                Ok(())
            });
            let read = self.loop_on(|payload, reply| {
                go.send(()).map_err(|_| EchoError::ThreadLost("writer"))?;
                let got = socket.recv_exact(&mut reply[..payload.len()])?;
                if got < payload.len() {
                    return Err(EchoError::Closed {
                        got,
                        expected: payload.len(),
                    });
                }
                Ok(got)
            });
            drop(go);
            let wrote = writer.join().map_err(|_| EchoError::ThreadLost("writer"))?;
            wrote?;
            read
        })
    }
}

const EMPTY: LatencySummary = LatencySummary {
    count: 0,
    min: 0.0,
    mean: 0.0,
    p50: 0.0,
    p90: 0.0,
    p99: 0.0,
    p99_9: 0.0,
    max: 0.0,
};

/// One round trip on one thread: how many bytes came back.
fn exchange_direct(
    socket: &EchoSocket,
    stream: bool,
    payload: &[u8],
    reply: &mut [u8],
) -> Result<usize, EchoError> {
    if stream {
        socket.send_all(payload)?;
        let got = socket.recv_exact(&mut reply[..payload.len()])?;
        if got < payload.len() {
            return Err(EchoError::Closed {
                got,
                expected: payload.len(),
            });
        }
        return Ok(got);
    }
    let sent = socket.send(payload)?;
    if sent != payload.len() {
        return Err(EchoError::Short {
            sent,
            len: payload.len(),
        });
    }
    Ok(socket.recv(reply)?)
}

/// The one-way stream into a counting server.
fn throughput(pair: Pair, plan: &BenchPlan) -> Result<Throughput, String> {
    let (server, allowed, client) = (pair.server, pair.allowed, pair.client);
    let (client_outcome, server_outcome) = thread::scope(|scope| {
        let sinking = thread::Builder::new()
            .name("sockref-bench-sink".into())
            .spawn_scoped(scope, || server.sink_one(&allowed));
        let client_outcome = stream_into_sink(client.socket(), plan);
        let server_outcome = match sinking {
            Ok(handle) => handle
                .join()
                .unwrap_or(Err(EchoError::ThreadLost("server"))),
            Err(_) => Err(EchoError::ThreadLost("server")),
        };
        (client_outcome, server_outcome)
    });
    // The socket is closed here; its close result adds nothing to the figures.
    drop(client);
    match (client_outcome, server_outcome) {
        (Ok(figures), Ok(_)) => Ok(figures),
        (Err(c), Err(s)) if c.is_peer_gone() => Err(format!("server: {s}")),
        (Err(c), _) => Err(format!("client: {c}")),
        (Ok(_), Err(s)) => Err(format!("server: {s}")),
    }
}

/// Writes [`WRITE_SIZE`] blocks for the duration, shuts the sending side down and
/// reads the server's count.
fn stream_into_sink(socket: &EchoSocket, plan: &BenchPlan) -> Result<Throughput, EchoError> {
    let block = pattern(0x5eed, WRITE_SIZE);
    let start = Instant::now();
    let end = start + plan.duration;
    let mut sent = 0u64;
    while Instant::now() < end && !plan.interrupt.is_set() {
        socket.send_all(&block)?;
        sent += WRITE_SIZE as u64;
    }
    socket.shutdown(Shutdown::Write)?;
    let mut count = [0u8; 8];
    let got = socket.recv_exact(&mut count)?;
    let seconds = start.elapsed();
    if got < count.len() {
        return Err(EchoError::Closed {
            got,
            expected: count.len(),
        });
    }
    let received = u64::from_le_bytes(count);
    if received != sent {
        return Err(EchoError::Lost { sent, received });
    }
    let bytes_per_s = bytes_per_second(received, seconds).unwrap_or(0);
    Ok(Throughput {
        bytes: received,
        seconds: seconds.as_secs_f64(),
        bytes_per_s,
        bits_per_s: bytes_per_s.saturating_mul(8),
        write_size: WRITE_SIZE,
    })
}

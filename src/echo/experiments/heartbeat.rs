//! The engine of `sockref keepalive --demo`: an application heartbeat over a loopback
//! TCP pair.
//!
//! The client sends a ping every heartbeat and expects the matching pong before the next
//! one is due. The server answers the first few pings, then stops answering without
//! closing, the way a hung process does. Its kernel still acknowledges every ping, so TCP
//! sees a healthy connection: keepalive probes would be answered too, and they would not
//! even start while pings keep the connection busy. Only the application notices, after
//! `misses` beats without a pong.

use std::sync::mpsc::{self, Receiver, Sender};
use std::thread;
use std::time::{Duration, Instant};

use serde::Serialize;

use crate::echo::socket::EchoSocket;
use crate::echo::trace::{Side, Tracer};
use crate::error::{Error, Result};
use crate::sys::{SysError, socket, tcp_info};
use crate::units::millis;

/// Pings the server answers before it goes silent.
pub const ANSWERED: u32 = 3;

/// One heartbeat run.
#[derive(Debug, Clone, Serialize)]
pub struct HeartbeatRun {
    pub client: String,
    pub server: String,
    pub heartbeat_ms: u64,
    pub misses: u32,
    /// Pings the server answered before it went silent.
    pub answered: u32,
    /// When the client declared the peer dead, in ms since the first ping; null if it
    /// did not within the run's bound.
    pub declared_dead_ms: Option<f64>,
    /// From the server's last pong to the declaration, in ms.
    pub detection_ms: Option<f64>,
    /// Every event of both sides in time order.
    pub timeline: Vec<Event>,
    /// The client's TCP state when it gave up (TCP_INFO): ESTABLISHED, because TCP saw
    /// nothing wrong.
    pub client_tcp_state: Option<String>,
    /// Pings not yet acknowledged by the server's kernel at that moment (`tcpi_unacked`).
    pub client_tcp_unacked: Option<u64>,
}

/// One event of the timeline.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Event {
    /// Milliseconds since the first ping.
    pub t_ms: f64,
    pub side: Side,
    pub event: String,
}

/// Messages are 8 bytes: `PING` or `PONG` and the beat number, big-endian.
fn frame(kind: &[u8; 4], beat: u32) -> [u8; 8] {
    let mut f = [0u8; 8];
    f[..4].copy_from_slice(kind);
    f[4..].copy_from_slice(&beat.to_be_bytes());
    f
}

fn parse_frame(f: &[u8]) -> Option<(&[u8], u32)> {
    let beat = u32::from_be_bytes(f.get(4..8)?.try_into().ok()?);
    Some((f.get(..4)?, beat))
}

/// The clock both sides stamp their events with, and where the events go.
#[derive(Clone)]
struct Log {
    start: Instant,
    events: Sender<Event>,
}

impl Log {
    fn now(&self) -> f64 {
        millis(self.start.elapsed())
    }

    fn say(&self, side: Side, event: impl Into<String>) {
        self.say_at(self.now(), side, event);
    }

    fn say_at(&self, t_ms: f64, side: Side, event: impl Into<String>) {
        // The receiver lives until both sides are done.
        let _ = self.events.send(Event {
            t_ms,
            side,
            event: event.into(),
        });
    }
}

/// Runs the heartbeat: a ping every `heartbeat`, the peer dead after `misses` missed
/// beats in a row.
pub fn run(heartbeat: Duration, misses: u32) -> Result<HeartbeatRun> {
    let bound = heartbeat * (ANSWERED + misses + 3) + Duration::from_secs(1);
    let pair =
        socket::tcp_pair(false, bound).map_err(|e| e.into_error("connect", "127.0.0.1", ""))?;
    let (client_addr, server_addr) = socket::addresses(&pair.client);
    let client = EchoSocket::wrap(pair.client, Side::Client, &Tracer::off(), bound)?;
    let server = EchoSocket::wrap(pair.server, Side::Server, &Tracer::off(), bound)?;
    let (events_tx, events_rx) = mpsc::channel();
    let log = Log {
        start: Instant::now(),
        events: events_tx,
    };
    let (done_tx, done_rx) = mpsc::channel::<()>();
    let server_log = log.clone();
    let server_thread = thread::Builder::new()
        .name("sockref-heartbeat-server".into())
        .spawn(move || serve(&server, &server_log, &done_rx, bound))
        .map_err(|e| thread_error(&e))?;
    let outcome = watch(&client, &log, heartbeat, misses);
    let info = tcp_info::read(client.socket()).ok();
    drop(done_tx);
    let _ = server_thread.join();
    drop(log);
    let timeline = sorted(events_rx);
    let last_pong = timeline
        .iter()
        .rev()
        .find(|e| e.side == Side::Server && e.event.starts_with("pong"))
        .map(|e| e.t_ms);
    Ok(HeartbeatRun {
        client: client_addr.unwrap_or_default(),
        server: server_addr.unwrap_or_default(),
        heartbeat_ms: u64::try_from(heartbeat.as_millis()).unwrap_or(u64::MAX),
        misses,
        answered: ANSWERED,
        declared_dead_ms: outcome,
        detection_ms: outcome
            .zip(last_pong)
            .map(|(dead, pong)| ((dead - pong) * 1e3).round() / 1e3),
        timeline,
        client_tcp_state: info.as_ref().map(|i| tcp_info::state_name(i.state)),
        client_tcp_unacked: info.and_then(|i| {
            i.fields
                .iter()
                .find(|f| f.name == "unacked")
                .map(|f| f.value)
        }),
    })
}

fn thread_error(e: &std::io::Error) -> Error {
    SysError::Errno(e.raw_os_error().unwrap_or(libc::EAGAIN)).into_error("pthread_create", "", "")
}

fn sorted(events: Receiver<Event>) -> Vec<Event> {
    let mut all: Vec<Event> = events.into_iter().collect();
    all.sort_by(|a, b| a.t_ms.total_cmp(&b.t_ms));
    all
}

/// The server: answers the first [`ANSWERED`] pings, then goes silent (reads nothing,
/// closes nothing) until the client is done or the bound passes.
fn serve(conn: &EchoSocket, log: &Log, done: &Receiver<()>, bound: Duration) {
    let mut f = [0u8; 8];
    loop {
        if !matches!(conn.recv_exact(&mut f), Ok(8)) {
            log.say(Side::Server, "connection ended");
            return;
        }
        let Some((_, beat)) = parse_frame(&f) else {
            return;
        };
        log.say(Side::Server, format!("ping {beat} received"));
        if beat > ANSWERED {
            log.say(
                Side::Server,
                "stops answering (the connection stays open, its kernel still ACKs)",
            );
            break;
        }
        let sent = log.now();
        if conn.send_all(&frame(b"PONG", beat)).is_err() {
            return;
        }
        log.say_at(sent, Side::Server, format!("pong {beat} sent"));
    }
    // Hung, not gone: hold the socket until the client has made up its mind.
    let _ = done.recv_timeout(bound);
}

/// The client: a ping every heartbeat, the matching pong expected before the next one is
/// due; after `misses` beats in a row without one, the peer is dead. Returns when that
/// was declared (ms since start), or `None` when the connection failed or the run's
/// bound passed first.
fn watch(conn: &EchoSocket, log: &Log, heartbeat: Duration, misses: u32) -> Option<f64> {
    let mut missed = 0;
    let mut buf = Vec::new();
    for beat in 1..=(ANSWERED + misses + 2) {
        let due = log.start + heartbeat * (beat - 1);
        thread::sleep(due.saturating_duration_since(Instant::now()));
        // Stamped before the write: the server may log its receipt before write returns.
        let sent = log.now();
        if let Err(e) = conn.send_all(&frame(b"PING", beat)) {
            log.say(Side::Client, format!("send failed: {e}"));
            return None;
        }
        log.say_at(sent, Side::Client, format!("ping {beat} sent"));
        match await_pong(conn, &mut buf, beat, due + heartbeat) {
            Heard::Pong => {
                missed = 0;
                log.say(Side::Client, format!("pong {beat} received"));
            }
            Heard::Nothing => {
                missed += 1;
                log.say(
                    Side::Client,
                    format!("missed beat {missed} of {misses}: no pong {beat}"),
                );
                if missed == misses {
                    log.say(Side::Client, "peer declared dead");
                    return Some(millis(log.start.elapsed()));
                }
            }
            Heard::Failed(why) => {
                log.say(Side::Client, format!("receive failed: {why}"));
                return None;
            }
        }
    }
    None
}

/// What the client heard before a pong was due.
enum Heard {
    Pong,
    Nothing,
    /// The connection ended or failed, and why.
    Failed(String),
}

/// Reads until the pong of `beat` arrives or `deadline` passes; older pongs that arrive
/// late are skipped.
fn await_pong(conn: &EchoSocket, buf: &mut Vec<u8>, beat: u32, deadline: Instant) -> Heard {
    let mut chunk = [0u8; 64];
    loop {
        while buf.len() >= 8 {
            let f: Vec<u8> = buf.drain(..8).collect();
            if let Some((b"PONG", b)) = parse_frame(&f)
                && b == beat
            {
                return Heard::Pong;
            }
        }
        let left = deadline.saturating_duration_since(Instant::now());
        if left.is_zero() {
            return Heard::Nothing;
        }
        if let Err(e) = conn.set_recv_timeout(left) {
            return Heard::Failed(e.to_string());
        }
        match conn.recv(&mut chunk) {
            Ok(0) => return Heard::Failed("unexpected end of file".into()),
            Ok(n) => buf.extend_from_slice(&chunk[..n]),
            Err(Error::Timeout { .. }) => return Heard::Nothing,
            Err(e) => return Heard::Failed(e.to_string()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn frames_round_trip() {
        let f = frame(b"PING", 7);
        assert_eq!(parse_frame(&f), Some((&b"PING"[..], 7)));
        assert_eq!(parse_frame(&f[..5]), None);
    }

    #[test]
    fn a_short_run_declares_the_peer_dead() {
        let run = run(Duration::from_millis(20), 2).expect("a loopback pair");
        let dead = run.declared_dead_ms.expect("declared dead");
        // Each miss is a heartbeat waited out in full.
        assert!((39.0..2000.0).contains(&dead), "{dead}");
        assert_eq!(run.client_tcp_state.as_deref(), Some("ESTABLISHED"));
        // The run ends with two misses in a row and the verdict; a pong that comes late
        // on a loaded machine may add a miss earlier on.
        let client: Vec<&str> = run
            .timeline
            .iter()
            .filter(|e| e.side == Side::Client && !e.event.starts_with("ping"))
            .map(|e| e.event.as_str())
            .collect();
        let ending = &client[client.len().saturating_sub(3)..];
        assert!(ending[0].starts_with("missed beat 1 of 2"), "{client:?}");
        assert!(ending[1].starts_with("missed beat 2 of 2"), "{client:?}");
        assert_eq!(ending.get(2), Some(&"peer declared dead"));
    }
}

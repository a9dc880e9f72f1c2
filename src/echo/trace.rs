//! The `--trace` recorder: every socket call both sides make, in the order the calls
//! returned, with the descriptor, the arguments, the result and the time since the run
//! started. The engine hands one [`Tracer`] to the server and the client; nothing is
//! printed here, the events end up in the report.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, PoisonError};
use std::time::Instant;

use serde::Serialize;

/// The most events one tracer keeps; later ones are counted, not stored, so that a long
/// run cannot grow memory without bound.
pub const MAX_EVENTS: usize = 20_000;

/// Which end of the pair made a call.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Side {
    Server,
    Client,
}

impl Side {
    /// `server` or `client`.
    pub fn name(self) -> &'static str {
        match self {
            Side::Server => "server",
            Side::Client => "client",
        }
    }
}

/// One socket call as it happened.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TraceEvent {
    pub side: Side,
    /// The C call: `socket`, `bind`, `listen`, `accept`, `connect`, `send`, `recv`,
    /// `sendto`, `recvfrom`, `shutdown`, `close`, `socketpair`.
    pub call: &'static str,
    /// The descriptor the call was made on (for `socket`, the one it returned).
    pub fd: i32,
    /// The arguments other than the descriptor, as text.
    pub args: String,
    /// What the call returned: `0`, a descriptor, a byte count (with the peer for
    /// `accept` and `recvfrom`), or `-1 ENAME` when it failed.
    pub result: String,
    /// Microseconds from the start of the run to the moment the call took effect: when
    /// it returned for calls that wait for the other side (`accept`, `recv`,
    /// `recvfrom`), when it was made for the others. A call that wakes the other side
    /// may be preempted before it returns, so stamping every call on return could show
    /// an echo before the send it answers.
    pub t_us: u64,
}

/// A cheap, cloneable handle that records events, or does nothing when tracing is off.
#[derive(Debug, Clone, Default)]
pub struct Tracer {
    shared: Option<Arc<Shared>>,
}

#[derive(Debug)]
struct Shared {
    start: Instant,
    events: Mutex<Vec<TraceEvent>>,
    dropped: AtomicUsize,
}

impl Tracer {
    /// A tracer that records; the clock starts now.
    pub fn recording() -> Tracer {
        Tracer {
            shared: Some(Arc::new(Shared {
                start: Instant::now(),
                events: Mutex::new(Vec::new()),
                dropped: AtomicUsize::new(0),
            })),
        }
    }

    /// A tracer that records nothing and costs nothing.
    pub fn off() -> Tracer {
        Tracer::default()
    }

    /// Whether events are being recorded.
    pub fn is_on(&self) -> bool {
        self.shared.is_some()
    }

    /// Records a call that just returned, stamped with `at` (see [`TraceEvent::t_us`]).
    /// `args` and `result` are only built when tracing is on, so that an untraced run
    /// formats nothing.
    pub fn record(
        &self,
        side: Side,
        call: &'static str,
        fd: i32,
        at: Instant,
        args: impl FnOnce() -> String,
        result: impl FnOnce() -> String,
    ) {
        let Some(shared) = &self.shared else {
            return;
        };
        let since = at.saturating_duration_since(shared.start);
        let t_us = u64::try_from(since.as_micros()).unwrap_or(u64::MAX);
        let mut events = shared.events.lock().unwrap_or_else(PoisonError::into_inner);
        if events.len() >= MAX_EVENTS {
            shared.dropped.fetch_add(1, Ordering::Relaxed);
            return;
        }
        events.push(TraceEvent {
            side,
            call,
            fd,
            args: args(),
            result: result(),
            t_us,
        });
    }

    /// The events so far, in the order the calls returned.
    pub fn events(&self) -> Vec<TraceEvent> {
        let Some(shared) = &self.shared else {
            return Vec::new();
        };
        let mut events = shared
            .events
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .clone();
        // Two threads may take the lock in the other order than their calls returned.
        events.sort_by_key(|e| e.t_us);
        events
    }

    /// How many events did not fit under [`MAX_EVENTS`].
    pub fn dropped(&self) -> usize {
        self.shared
            .as_ref()
            .map_or(0, |s| s.dropped.load(Ordering::Relaxed))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_off_tracer_records_nothing_and_builds_no_text() {
        let t = Tracer::off();
        let now = Instant::now();
        t.record(
            Side::Client,
            "send",
            3,
            now,
            || unreachable!(),
            || unreachable!(),
        );
        assert!(t.events().is_empty());
        assert!(!t.is_on());
    }

    #[test]
    fn events_keep_their_order_and_sides() {
        let t = Tracer::recording();
        let other = t.clone();
        let now = Instant::now();
        t.record(
            Side::Server,
            "socket",
            3,
            now,
            || "AF_INET".into(),
            || "3".into(),
        );
        other.record(
            Side::Client,
            "connect",
            4,
            now,
            || "x".into(),
            || "0".into(),
        );
        let events = t.events();
        assert_eq!(events.len(), 2);
        assert_eq!(events[0].call, "socket");
        assert_eq!(events[1].side, Side::Client);
        assert!(events[0].t_us <= events[1].t_us);
    }
}

//! Deadlines for calls that cannot be interrupted.
//!
//! getaddrinfo(3) and its relatives block until the resolver gives up, which with
//! resolv.conf's defaults (`timeout:5 attempts:2` per server) can take far longer than the
//! user asked to wait, and they offer no way to cancel. Each such call therefore runs on a
//! thread of its own; when the deadline passes, the caller stops waiting and the thread is
//! left to finish (or not) on its own. Process exit reclaims it.

use std::collections::HashMap;
use std::sync::Arc;
use std::sync::mpsc::{self, RecvTimeoutError};
use std::thread;
use std::time::{Duration, Instant};

/// Runs `f` on a new thread and waits at most `timeout` for its answer; `None` when the
/// deadline passed first (or the thread could not be started or died).
pub fn call<T, F>(timeout: Duration, f: F) -> Option<T>
where
    T: Send + 'static,
    F: FnOnce() -> T + Send + 'static,
{
    let (tx, rx) = mpsc::sync_channel(1);
    thread::Builder::new()
        .name("sockref-call".into())
        .spawn(move || {
            // The receiver is gone when the deadline already passed; nothing to do then.
            let _ = tx.send(f());
        })
        .ok()?;
    rx.recv_timeout(timeout).ok()
}

/// Runs `f` over every item with at most `jobs` calls in flight, each with its own
/// deadline counted from its start, and returns the answers in input order (`None` where
/// the deadline passed). A call that overruns frees its slot at its deadline, so a hung
/// resolver slows the batch down but never stalls it.
pub fn call_all<I, T, F>(items: Vec<I>, jobs: usize, timeout: Duration, f: F) -> Vec<Option<T>>
where
    I: Send + 'static,
    T: Send + 'static,
    F: Fn(I) -> T + Send + Sync + 'static,
{
    let f = Arc::new(f);
    let mut answers: Vec<Option<T>> = items.iter().map(|_| None).collect();
    let (tx, rx) = mpsc::channel::<(usize, T)>();
    let mut pending = items.into_iter().enumerate();
    let mut in_flight: HashMap<usize, Instant> = HashMap::new();
    let jobs = jobs.max(1);

    loop {
        while in_flight.len() < jobs {
            let Some((index, item)) = pending.next() else {
                break;
            };
            let (tx, f) = (tx.clone(), Arc::clone(&f));
            let started = thread::Builder::new()
                .name("sockref-lookup".into())
                .spawn(move || {
                    let _ = tx.send((index, f(item)));
                });
            // A lookup whose thread cannot be started keeps its `None`: reported as timed out.
            if started.is_ok() {
                in_flight.insert(index, Instant::now() + timeout);
            }
        }
        if in_flight.is_empty() {
            break;
        }
        let next_deadline = in_flight
            .values()
            .min()
            .copied()
            .unwrap_or_else(Instant::now);
        let wait = next_deadline.saturating_duration_since(Instant::now());
        match rx.recv_timeout(wait) {
            Ok((index, answer)) => {
                // An answer that arrives after its deadline was already given up on.
                if in_flight.remove(&index).is_some() {
                    answers[index] = Some(answer);
                }
            }
            Err(RecvTimeoutError::Timeout) => {
                let now = Instant::now();
                in_flight.retain(|_, deadline| *deadline > now);
            }
            Err(RecvTimeoutError::Disconnected) => break,
        }
    }
    answers
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_fast_call_answers() {
        assert_eq!(call(Duration::from_secs(5), || 42), Some(42));
    }

    #[test]
    fn a_hung_call_is_abandoned_at_its_deadline() {
        let start = Instant::now();
        let answer = call(Duration::from_millis(50), || {
            thread::sleep(Duration::from_secs(3));
            1
        });
        assert_eq!(answer, None);
        assert!(start.elapsed() < Duration::from_secs(2));
    }

    #[test]
    fn batches_keep_input_order_and_survive_hangs() {
        let items: Vec<u64> = (0..20).collect();
        let start = Instant::now();
        let answers = call_all(items, 4, Duration::from_millis(200), |n| {
            if n % 5 == 0 {
                thread::sleep(Duration::from_secs(3));
            } else {
                thread::sleep(Duration::from_millis(20 - n));
            }
            n * 10
        });
        assert!(start.elapsed() < Duration::from_secs(2));
        for (i, answer) in answers.iter().enumerate() {
            let expected = if i % 5 == 0 {
                None
            } else {
                Some(i as u64 * 10)
            };
            assert_eq!(*answer, expected, "item {i}");
        }
    }
}

//! Deadlines for calls that cannot be interrupted.
//!
//! getaddrinfo(3) and its relatives block until the resolver gives up, which with
//! resolv.conf's defaults (`timeout:5 attempts:2` per server) can take far longer than the
//! user asked to wait, and they offer no way to cancel. Each such call therefore runs on a
//! thread of its own; when the deadline passes, the caller stops waiting and the thread is
//! left to finish (or not) on its own. Process exit reclaims it.
//!
//! Abandoned threads still hold a stack and usually a socket, so the number alive at once
//! is bounded: every call takes a permit from one process-wide pool of [`LIVE_MAX`], and a
//! call that cannot get one before its deadline is reported as timed out without starting.

use std::collections::{HashMap, HashSet, VecDeque};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError};
use std::sync::{Arc, Condvar, Mutex, PoisonError};
use std::thread;
use std::time::{Duration, Instant};

/// The most threads of blocking calls alive at once, running or abandoned. Twice the
/// largest `--jobs`, so that a batch whose every lookup hung can still start a full round.
pub const LIVE_MAX: usize = 512;

/// The moment by which one input must be answered, and the budget it was made from (which
/// a timeout error quotes: "timed out after 2s").
#[derive(Debug, Clone, Copy)]
pub struct Deadline {
    at: Instant,
    budget: Duration,
}

impl Deadline {
    /// A deadline `budget` from now.
    pub fn after(budget: Duration) -> Deadline {
        let now = Instant::now();
        Deadline {
            at: now
                .checked_add(budget)
                .unwrap_or(now + Duration::from_secs(86_400)),
            budget,
        }
    }

    /// The whole time this deadline was made with.
    pub fn budget(self) -> Duration {
        self.budget
    }

    /// The time left, zero once the deadline has passed.
    pub fn remaining(self) -> Duration {
        self.at.saturating_duration_since(Instant::now())
    }

    /// Whether the deadline has passed.
    pub fn passed(self) -> bool {
        Instant::now() >= self.at
    }
}

/// The process-wide pool of permits for call threads.
struct Pool {
    live: Mutex<usize>,
    freed: Condvar,
}

static POOL: Pool = Pool {
    live: Mutex::new(0),
    freed: Condvar::new(),
};

/// A permit to run one call thread; the thread drops it when its call returns.
struct Permit;

impl Permit {
    /// A permit, waiting for one until `deadline` at most.
    fn until(deadline: Deadline) -> Option<Permit> {
        // A poisoned count is still a count: the panicking holder changed nothing else.
        let mut live = POOL.live.lock().unwrap_or_else(PoisonError::into_inner);
        while *live >= LIVE_MAX {
            let left = deadline.remaining();
            if left.is_zero() {
                return None;
            }
            live = POOL
                .freed
                .wait_timeout(live, left)
                .unwrap_or_else(PoisonError::into_inner)
                .0;
        }
        *live += 1;
        Some(Permit)
    }

    /// A permit if one is free now.
    fn now() -> Option<Permit> {
        let mut live = POOL.live.lock().unwrap_or_else(PoisonError::into_inner);
        (*live < LIVE_MAX).then(|| {
            *live += 1;
            Permit
        })
    }
}

impl Drop for Permit {
    fn drop(&mut self) {
        let mut live = POOL.live.lock().unwrap_or_else(PoisonError::into_inner);
        *live = live.saturating_sub(1);
        POOL.freed.notify_one();
    }
}

/// The threads of blocking calls alive now, running or abandoned.
pub fn live() -> usize {
    *POOL.live.lock().unwrap_or_else(PoisonError::into_inner)
}

/// Runs `work` on a thread holding `permit`, then hands its answer to `deliver`. The permit
/// is given back before the answer is delivered, so that whoever receives it can start
/// another call at once. `false` when the thread could not be started.
fn start<T, W, D>(permit: Permit, name: &str, work: W, deliver: D) -> bool
where
    W: FnOnce() -> T + Send + 'static,
    D: FnOnce(T) + Send + 'static,
{
    thread::Builder::new()
        .name(name.into())
        .spawn(move || {
            let answer = work();
            drop(permit);
            deliver(answer);
        })
        .is_ok()
}

/// A call started on its own thread, to be waited for later: several calls that share one
/// deadline run side by side this way.
pub struct Pending<T>(Option<Receiver<T>>);

impl<T> Pending<T> {
    /// The answer, or `None` when `deadline` passed first (or the call never started).
    pub fn wait(self, deadline: Deadline) -> Option<T> {
        self.0?.recv_timeout(deadline.remaining()).ok()
    }
}

/// Starts `f` on a thread of its own; `deadline` bounds only the wait for a permit.
pub fn spawn<T, F>(deadline: Deadline, f: F) -> Pending<T>
where
    T: Send + 'static,
    F: FnOnce() -> T + Send + 'static,
{
    let Some(permit) = Permit::until(deadline) else {
        return Pending(None);
    };
    let (tx, rx) = mpsc::sync_channel(1);
    // The receiver is gone when the deadline already passed; nothing to do then.
    let started = start(permit, "sockref-call", f, move |answer| {
        let _ = tx.send(answer);
    });
    Pending(started.then_some(rx))
}

/// Runs `f` on a thread of its own and waits for its answer until `deadline`; `None` when
/// the deadline passed first (or the thread could not be started or died).
pub fn call<T, F>(deadline: Deadline, f: F) -> Option<T>
where
    T: Send + 'static,
    F: FnOnce() -> T + Send + 'static,
{
    spawn(deadline, f).wait(deadline)
}

/// How often a batch whose calls wait for a live slot looks again: slots are freed by
/// hung threads returning, of this batch or another.
const STARVED_POLL: Duration = Duration::from_millis(20);

/// One batch's calls: those with a turn but no thread yet, those running, and those given
/// up on whose threads are still alive.
struct Flight<I> {
    waiting: VecDeque<(usize, I, Instant)>,
    running: HashMap<usize, Instant>,
    abandoned: HashSet<usize>,
    /// The most threads alive at once, running plus abandoned.
    live_max: usize,
}

/// Runs `f` over every item with at most `jobs` calls having their turn and at most twice
/// that many threads alive (running plus abandoned), each with its own deadline of
/// `timeout` counted from the start of its turn, and returns the answers in input order
/// (`None` where the deadline passed).
///
/// A call that overruns frees its turn at its deadline, so a hung resolver slows the batch
/// down but never stalls it; its thread keeps a live slot until it returns. A call whose
/// turn came while every live slot was held waits for one within its own deadline, so the
/// batch ends as early as it would with unbounded threads.
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
    let jobs = jobs.max(1);
    let mut flight = Flight {
        waiting: VecDeque::new(),
        running: HashMap::new(),
        abandoned: HashSet::new(),
        live_max: (2 * jobs).min(LIVE_MAX),
    };
    loop {
        while flight.waiting.len() + flight.running.len() < jobs {
            let Some((index, item)) = pending.next() else {
                break;
            };
            let deadline = Instant::now() + timeout;
            flight.waiting.push_back((index, item, deadline));
        }
        flight.start_waiting(|index, item, permit| {
            let (tx, f) = (tx.clone(), Arc::clone(&f));
            start(
                permit,
                "sockref-lookup",
                move || f(item),
                move |answer| {
                    let _ = tx.send((index, answer));
                },
            )
        });
        if flight.waiting.is_empty() && flight.running.is_empty() {
            break;
        }
        match rx.recv_timeout(flight.wait()) {
            Ok((index, answer)) => {
                // An answer that arrives after its deadline was already given up on.
                if flight.running.remove(&index).is_some() {
                    answers[index] = Some(answer);
                } else {
                    flight.abandoned.remove(&index);
                }
            }
            Err(RecvTimeoutError::Timeout) => flight.give_up(Instant::now()),
            Err(RecvTimeoutError::Disconnected) => break,
        }
    }
    answers
}

impl<I> Flight<I> {
    /// Starts waiting calls, oldest first, while live slots and permits last; `start` gets
    /// each call's index, item and permit and says whether its thread started. A call whose
    /// thread cannot be started keeps its `None`: reported as timed out.
    fn start_waiting(&mut self, mut start: impl FnMut(usize, I, Permit) -> bool) {
        while self.running.len() + self.abandoned.len() < self.live_max {
            let Some(permit) = self.waiting.front().and_then(|_| Permit::now()) else {
                break;
            };
            let Some((index, item, deadline)) = self.waiting.pop_front() else {
                break;
            };
            if start(index, item, permit) {
                self.running.insert(index, deadline);
            }
        }
    }

    /// How long to wait for an answer: until the next deadline, or a short poll while
    /// calls wait for a live slot.
    fn wait(&self) -> Duration {
        let now = Instant::now();
        let mut wake = self
            .running
            .values()
            .chain(self.waiting.iter().map(|(_, _, deadline)| deadline))
            .copied()
            .min()
            .unwrap_or(now);
        if !self.waiting.is_empty() {
            wake = wake.min(now + STARVED_POLL);
        }
        wake.saturating_duration_since(now)
    }

    /// Gives up on every call whose deadline passed by `now`: a running one is abandoned
    /// (its thread lives on), a waiting one is dropped unstarted.
    fn give_up(&mut self, now: Instant) {
        let overdue: Vec<usize> = self
            .running
            .iter()
            .filter(|(_, deadline)| **deadline <= now)
            .map(|(index, _)| *index)
            .collect();
        for index in overdue {
            self.running.remove(&index);
            self.abandoned.insert(index);
        }
        self.waiting.retain(|(_, _, deadline)| *deadline > now);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::{AtomicUsize, Ordering};

    #[test]
    fn a_fast_call_answers() {
        assert_eq!(
            call(Deadline::after(Duration::from_secs(5)), || 42),
            Some(42)
        );
    }

    #[test]
    fn a_hung_call_is_abandoned_at_its_deadline() {
        let start = Instant::now();
        let answer = call(Deadline::after(Duration::from_millis(50)), || {
            thread::sleep(Duration::from_secs(3));
            1
        });
        assert_eq!(answer, None);
        assert!(start.elapsed() < Duration::from_secs(2));
    }

    #[test]
    fn calls_sharing_a_deadline_run_side_by_side() {
        let deadline = Deadline::after(Duration::from_millis(600));
        let start = Instant::now();
        let slow = |n| {
            move || {
                thread::sleep(Duration::from_millis(300));
                n
            }
        };
        let (a, b) = (spawn(deadline, slow(1)), spawn(deadline, slow(2)));
        assert_eq!((a.wait(deadline), b.wait(deadline)), (Some(1), Some(2)));
        assert!(
            start.elapsed() < Duration::from_millis(550),
            "{:?}",
            start.elapsed()
        );
    }

    #[test]
    fn a_passed_deadline_starts_nothing() {
        let deadline = Deadline::after(Duration::ZERO);
        assert!(deadline.passed());
        assert_eq!(deadline.remaining(), Duration::ZERO);
        assert_eq!(call(deadline, || 1), None);
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

    #[test]
    fn hung_calls_of_a_batch_are_bounded_and_it_still_ends_in_time() {
        static ALIVE: AtomicUsize = AtomicUsize::new(0);
        static MOST: AtomicUsize = AtomicUsize::new(0);
        let items: Vec<u32> = (0..60).collect();
        let start = Instant::now();
        let answers = call_all(items, 3, Duration::from_millis(40), |n| {
            let alive = ALIVE.fetch_add(1, Ordering::SeqCst) + 1;
            MOST.fetch_max(alive, Ordering::SeqCst);
            thread::sleep(Duration::from_millis(400));
            ALIVE.fetch_sub(1, Ordering::SeqCst);
            n
        });
        // Every call hangs past its deadline; at most 2 x 3 threads are ever alive, and the
        // calls that never got a thread time out at their deadline like the others: 60
        // items, 3 at a time, 40 ms each, about 0.8 s.
        assert!(answers.iter().all(Option::is_none));
        assert!(
            MOST.load(Ordering::SeqCst) <= 6,
            "{} alive",
            MOST.load(Ordering::SeqCst)
        );
        assert!(
            start.elapsed() < Duration::from_secs(3),
            "{:?}",
            start.elapsed()
        );
    }
}

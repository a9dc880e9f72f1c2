//! Connection attempts raced as RFC 8305 (Happy Eyeballs) races them: non-blocking
//! connects to each address in turn, the next one started when the attempt delay has
//! passed or the last one failed, all watched with poll(2); the first to connect wins
//! and the others are closed.

use std::net::SocketAddr;
use std::os::fd::AsRawFd;
use std::time::{Duration, Instant};

use socket2::{Domain, Protocol, SockAddr, Socket, Type};

/// How one attempt ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    Connected,
    /// The kernel's errno (ECONNREFUSED, ENETUNREACH, ...).
    Failed(i32),
    /// Still unanswered at the deadline.
    TimedOut,
    /// Closed unanswered because another attempt won.
    Cancelled,
    /// Never started: another attempt won first.
    NotStarted,
}

/// One attempt, with its times from the start of the race.
#[derive(Debug, Clone, Copy)]
pub struct Attempt {
    pub address: SocketAddr,
    pub started: Option<Duration>,
    pub ended: Option<Duration>,
    pub outcome: Outcome,
}

/// The race: every attempt, and the winner's socket.
pub struct Race {
    pub attempts: Vec<Attempt>,
    pub winner: Option<(usize, Socket)>,
}

/// Races connections to `addresses` in order, starting each `delay` after the one before
/// (or at once when the one before has failed), until one connects or `timeout` passes.
pub fn race(addresses: &[SocketAddr], delay: Duration, timeout: Duration) -> Race {
    let mut r = Racing::new(addresses);
    let deadline = r.start + timeout;
    loop {
        let now = Instant::now();
        if r.next < addresses.len() && (now >= r.next_at || r.pending.is_empty()) {
            r.start_next(addresses[r.next]);
            r.next_at = Instant::now() + delay;
            continue;
        }
        if r.pending.is_empty() || now >= deadline {
            break;
        }
        let until = if r.next < addresses.len() {
            r.next_at.min(deadline)
        } else {
            deadline
        };
        let ready = wait(&r.pending, until.saturating_duration_since(now));
        if let Some(winner) = r.settle(ready) {
            return Race {
                attempts: r.attempts,
                winner: Some(winner),
            };
        }
    }
    for (index, _) in std::mem::take(&mut r.pending) {
        r.end(index, Outcome::TimedOut);
    }
    Race {
        attempts: r.attempts,
        winner: None,
    }
}

/// A race under way: the attempts so far and the sockets still connecting.
struct Racing {
    start: Instant,
    attempts: Vec<Attempt>,
    pending: Vec<(usize, Socket)>,
    /// The next address to try, and when.
    next: usize,
    next_at: Instant,
}

impl Racing {
    fn new(addresses: &[SocketAddr]) -> Racing {
        let start = Instant::now();
        let attempts = addresses
            .iter()
            .map(|&address| Attempt {
                address,
                started: None,
                ended: None,
                outcome: Outcome::NotStarted,
            })
            .collect();
        Racing {
            start,
            attempts,
            pending: Vec::new(),
            next: 0,
            next_at: start,
        }
    }

    fn end(&mut self, index: usize, outcome: Outcome) {
        self.attempts[index].ended = Some(self.start.elapsed());
        self.attempts[index].outcome = outcome;
    }

    fn start_next(&mut self, address: SocketAddr) {
        let index = self.next;
        self.attempts[index].started = Some(self.start.elapsed());
        match begin(address) {
            Ok(socket) => self.pending.push((index, socket)),
            Err(errno) => self.end(index, Outcome::Failed(errno)),
        }
        self.next += 1;
    }

    /// Records the attempts that finished; the winner, if one connected, with every other
    /// pending attempt cancelled.
    fn settle(&mut self, ready: Vec<usize>) -> Option<(usize, Socket)> {
        for i in ready.into_iter().rev() {
            let (index, socket) = self.pending.remove(i);
            match socket.take_error() {
                Ok(None) => {
                    self.end(index, Outcome::Connected);
                    for (other, _) in std::mem::take(&mut self.pending) {
                        self.end(other, Outcome::Cancelled);
                    }
                    return Some((index, socket));
                }
                Ok(Some(e)) | Err(e) => {
                    self.end(
                        index,
                        Outcome::Failed(e.raw_os_error().unwrap_or(libc::EIO)),
                    );
                    // A failure starts the next attempt at once (RFC 8305 section 5).
                    self.next_at = Instant::now();
                }
            }
        }
        None
    }
}

/// A non-blocking connect: the socket, its handshake under way (or done: poll then finds
/// it writable at once), or the errno when it failed at once.
fn begin(address: SocketAddr) -> Result<Socket, i32> {
    let errno = |e: std::io::Error| e.raw_os_error().unwrap_or(libc::EIO);
    let socket = Socket::new(
        Domain::for_address(address),
        Type::STREAM,
        Some(Protocol::TCP),
    )
    .map_err(errno)?;
    socket.set_nonblocking(true).map_err(errno)?;
    match socket.connect(&SockAddr::from(address)) {
        Ok(()) => Ok(socket),
        Err(e) if e.raw_os_error() == Some(libc::EINPROGRESS) => Ok(socket),
        Err(e) => Err(errno(e)),
    }
}

/// The indexes of the pending sockets that became writable (connected or failed) within
/// `timeout`.
fn wait(pending: &[(usize, Socket)], timeout: Duration) -> Vec<usize> {
    let mut fds: Vec<libc::pollfd> = pending
        .iter()
        .map(|(_, s)| libc::pollfd {
            fd: s.as_raw_fd(),
            events: libc::POLLOUT,
            revents: 0,
        })
        .collect();
    let millis = i32::try_from(timeout.as_millis().max(1)).unwrap_or(i32::MAX);
    // SAFETY: fds is a live array of fds.len() pollfd structs for descriptors this process
    // owns; poll writes only their revents.
    let n = unsafe { libc::poll(fds.as_mut_ptr(), fds.len() as libc::nfds_t, millis) };
    if n <= 0 {
        return Vec::new();
    }
    fds.iter()
        .enumerate()
        .filter(|(_, p)| p.revents != 0)
        .map(|(i, _)| i)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_refused_address_gives_way_to_the_next_at_once() {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("a listener");
        let open = listener.local_addr().expect("its address");
        let closed = {
            let l = std::net::TcpListener::bind("127.0.0.1:0").expect("another");
            l.local_addr().expect("its address")
        };
        let race = race(
            &[closed, open],
            Duration::from_secs(1),
            Duration::from_secs(2),
        );
        assert_eq!(
            race.attempts[0].outcome,
            Outcome::Failed(libc::ECONNREFUSED)
        );
        assert_eq!(race.attempts[1].outcome, Outcome::Connected);
        let second = race.attempts[1].started.expect("started");
        assert!(second < Duration::from_millis(500), "{second:?}");
        assert_eq!(race.winner.map(|(i, _)| i), Some(1));
    }
}

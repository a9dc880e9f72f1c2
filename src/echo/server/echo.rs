//! The loops every echo server runs, whatever its policy: a stream connection echoed
//! through one buffer, and datagrams sent back to their sender only, at the size they
//! came in, so that the server cannot amplify.

use std::time::Instant;

use super::{EchoServer, ServerCounters, Sessions, Stop, StoppedBy};
use crate::echo::socket::EchoSocket;
use crate::echo::transport::Framing;
use crate::error::Result;

impl EchoServer {
    /// How much one recv(2) of a connection reads: the policy's buffer for streams; for
    /// seqpackets the largest record, since a record longer than the buffer would be
    /// cut short without an error.
    fn buffer_size(&self) -> usize {
        match self.transport.framing() {
            Framing::Stream => self.policy.buffer,
            _ => self.policy.max_message.max(1),
        }
    }

    /// recv(2) and send(2) back through one buffer until the peer shuts its side down.
    /// The idle time bounds each wait (the socket's timeouts) and the whole echo of one
    /// read, so a connection never holds more than its buffer however much its client
    /// sends, nor lingers with a client that does not read.
    pub(super) fn echo_stream(&self, conn: &EchoSocket) -> Result<()> {
        let mut buf = vec![0u8; self.buffer_size()];
        loop {
            let n = conn.recv(&mut buf)?;
            if n == 0 {
                return Ok(());
            }
            conn.send_all_within(&buf[..n], Some(self.policy.idle))?;
            ServerCounters::add(&self.counters.bytes, n as u64);
            ServerCounters::add(&self.counters.messages, 1);
        }
    }

    /// recvfrom(2) and sendto(2) back, to admitted peers only, until `stop` says so or,
    /// for one session, until the client's empty end-of-session datagram (`None`).
    ///
    /// A datagram from a peer the policy does not admit, or one larger than the largest
    /// message (read with one byte to spare, so that it shows as such instead of arriving
    /// silently truncated), is ignored. For one session any failure, and a silence or
    /// strangers only for longer than the idle time, ends it with an error; a server that
    /// serves until stopped lets a failed call pass: the tick, a signal, or an ICMP error
    /// queued for an earlier reply.
    pub(super) fn echo_datagrams(&self, stop: &Stop) -> Result<Option<StoppedBy>> {
        let one = self.policy.sessions == Sessions::One;
        let max = self.policy.max_message;
        let mut buf = vec![0u8; max + 1];
        let mut last_heard = Instant::now();
        loop {
            if let Some(reason) = stop.reason() {
                return Ok(Some(reason));
            }
            let (n, from) = match self.socket.recv_from(&mut buf) {
                Ok(got) => got,
                Err(_) if !one => continue,
                Err(e) => return Err(e),
            };
            if !self.admits(&from, None) || n > max {
                ServerCounters::add(&self.counters.ignored, 1);
                // Strangers do not keep the session alive.
                if one && last_heard.elapsed() >= self.policy.idle {
                    return Err(self.idle("recvfrom"));
                }
                continue;
            }
            last_heard = Instant::now();
            if n == 0 && one {
                return Ok(None);
            }
            match self.socket.send_to(&buf[..n], &from) {
                Ok(_) => {
                    ServerCounters::add(&self.counters.bytes, n as u64);
                    ServerCounters::add(&self.counters.messages, 1);
                }
                Err(_) if !one => {}
                Err(e) => return Err(e),
            }
        }
    }
}

//! The echo client: connects, sends each payload, reads the echo back and checks it.
//!
//! A stream cannot deadlock on full buffers: payloads up to [`DIRECT_LIMIT`] are sent and
//! then read on one thread (any socket buffer holds them), larger ones are written by a
//! second thread while this one reads, so the server's replies are always drained.

use std::net::Shutdown;
use std::thread;
use std::time::{Duration, Instant};

use socket2::SockAddr;

use super::EchoError;
use super::payload::verify;
use super::socket::EchoSocket;
use super::trace::{Side, Tracer};
use super::transport::{EchoTransport, Framing};
use crate::error::Result;

/// The largest stream payload sent before reading on the same thread.
pub const DIRECT_LIMIT: usize = 16 * 1024;

/// A connected echo client.
#[derive(Debug)]
pub struct EchoClient {
    framing: Framing,
    socket: EchoSocket,
    /// Where echoes are read into; grows to the largest payload.
    reply: Vec<u8>,
}

impl EchoClient {
    /// socket(2), bind(2) to `bind` where given, connect(2) to `server`.
    pub fn connect(
        transport: EchoTransport,
        server: &SockAddr,
        bind: Option<&SockAddr>,
        tracer: &Tracer,
        timeout: Duration,
    ) -> Result<EchoClient> {
        let socket = EchoSocket::open(transport, Side::Client, tracer, timeout)?;
        if let Some(addr) = bind {
            socket.bind(addr)?;
        }
        socket.connect(server)?;
        Ok(EchoClient {
            framing: transport.framing(),
            socket,
            reply: Vec::new(),
        })
    }

    /// A client on one end of a socketpair.
    pub fn on_pair_end(socket: EchoSocket) -> EchoClient {
        EchoClient {
            framing: Framing::Stream,
            socket,
            reply: Vec::new(),
        }
    }

    /// The client's own address (getsockname(2)).
    pub fn local_addr(&self) -> Option<SockAddr> {
        self.socket.local_addr()
    }

    /// Stream, datagram or seqpacket.
    pub fn framing(&self) -> Framing {
        self.framing
    }

    /// The socket, for options a caller wants to set or read.
    pub fn socket(&self) -> &EchoSocket {
        &self.socket
    }

    /// Sends payload number `index`, reads the echo and checks it byte for byte; the
    /// round-trip time, from the first send to the last byte back.
    pub fn exchange(
        &mut self,
        index: usize,
        payload: &[u8],
    ) -> std::result::Result<Duration, EchoError> {
        let len = payload.len();
        let want = match self.framing {
            Framing::Stream => len,
            // One byte more, so that a longer message shows as such.
            _ => len + 1,
        };
        if self.reply.len() < want {
            self.reply.resize(want, 0);
        }
        let start = Instant::now();
        let got = match self.framing {
            Framing::Stream => self.stream_round_trip(payload)?,
            _ => {
                let sent = self.socket.send(payload)?;
                if sent != len {
                    return Err(EchoError::Short { sent, len });
                }
                self.socket.recv(&mut self.reply[..want])?
            }
        };
        let rtt = start.elapsed();
        if self.framing == Framing::Stream && got < len {
            return Err(EchoError::Closed { got, expected: len });
        }
        verify(payload, &self.reply[..got]).map_err(|mismatch| EchoError::Mismatch {
            index,
            size: len,
            mismatch,
        })?;
        Ok(rtt)
    }

    /// Writes `payload` and reads as many bytes back; how many came before the stream
    /// ended.
    fn stream_round_trip(&mut self, payload: &[u8]) -> std::result::Result<usize, EchoError> {
        let socket = &self.socket;
        let reply = &mut self.reply[..payload.len()];
        // The whole exchange, not only each recv, has the socket's timeout.
        let deadline = Some(Instant::now() + socket.timeout());
        if payload.len() <= DIRECT_LIMIT {
            socket.send_all(payload)?;
            return Ok(socket.recv_exact_until(reply, deadline)?);
        }
        thread::scope(|scope| {
            let writer = scope.spawn(|| socket.send_all(payload));
            let read = socket.recv_exact_until(reply, deadline);
            let wrote = writer.join().map_err(|_| EchoError::ThreadLost("writer"))?;
            wrote?;
            Ok(read?)
        })
    }

    /// Ends the session cleanly: a stream or seqpacket client shuts down its sending
    /// side and expects the server to do the same with nothing left over; a datagram
    /// client sends the empty end-of-session datagram. Then close(2).
    pub fn finish(self) -> std::result::Result<(), EchoError> {
        match self.framing {
            Framing::Datagram => {
                self.socket.send(&[])?;
            }
            _ => {
                self.socket.shutdown(Shutdown::Write)?;
                let mut rest = [0u8; 512];
                let extra = self.socket.recv(&mut rest)?;
                if extra > 0 {
                    return Err(EchoError::Extra(extra));
                }
            }
        }
        self.socket.close()?;
        Ok(())
    }

    /// Ends a session that failed, so that the server stops at once instead of waiting
    /// out its timeout: the end-of-session datagram, or the socket closed. Errors are of
    /// no interest here.
    pub fn abandon(self) {
        if self.framing == Framing::Datagram {
            let _ = self.socket.send(&[]);
        }
        let _ = self.socket.close();
    }
}

//! The echo server: binds, then serves one session with its own client and sends back
//! every byte it receives. It answers no one else: a connection from another peer is
//! closed at once and a datagram from another address is dropped unanswered, because an
//! open UDP echo reflects (and amplifies) traffic at whatever address a datagram claims
//! to come from. Every wait is bounded by the timeout, idle time included.

use std::net::Shutdown;
use std::time::{Duration, Instant};

use serde::Serialize;
use socket2::SockAddr;

use super::EchoError;
use super::socket::EchoSocket;
use super::trace::{Side, Tracer};
use super::transport::{EchoTransport, Framing, address_text};
use crate::error::{Error, Result};
use crate::sys::sockopt;

/// How much a stream server reads at once.
const STREAM_BUFFER: usize = 256 * 1024;
/// How much a sink reads at once: iperf3's block size.
const SINK_BUFFER: usize = 128 * 1024;

/// The only peer a server answers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AllowedPeer {
    /// The peer with this address, as [`address_text`] writes it (IP transports, and
    /// unix datagram clients, which bind a name to be answered at).
    Address(String),
    /// A unix socket connected from this process id (SO_PEERCRED): a unix stream client
    /// has no name to check, but the kernel knows who connected.
    Process(i32),
    /// The other end of a socketpair, which nothing else can reach.
    PairEnd,
}

impl AllowedPeer {
    fn admits(&self, from: &SockAddr, conn: Option<&EchoSocket>) -> bool {
        match self {
            AllowedPeer::Address(text) => address_text(from) == *text,
            AllowedPeer::Process(pid) => conn.and_then(EchoSocket::peer_pid) == Some(*pid),
            AllowedPeer::PairEnd => true,
        }
    }
}

/// What a server did in one session.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct ServerTally {
    /// Bytes sent back to the client.
    pub echoed_bytes: u64,
    /// recv calls (streams) or messages (datagrams, seqpacket) echoed.
    pub messages: u64,
    /// Connections closed and datagrams dropped because they came from another peer, or
    /// were larger than the transport's limit.
    pub ignored: u64,
}

/// A bound echo server, ready to serve.
#[derive(Debug)]
pub struct EchoServer {
    framing: Framing,
    socket: EchoSocket,
    max_message: usize,
    timeout: Duration,
    /// Whether `socket` is already connected (a socketpair end) rather than listening.
    connected: bool,
    /// Whether accepted TCP connections get TCP_NODELAY.
    nodelay: bool,
}

impl EchoServer {
    /// socket(2), bind(2) to `addr` and, for connection transports, listen(2).
    /// `max_message` bounds what a datagram or seqpacket server accepts.
    pub fn bind(
        transport: EchoTransport,
        addr: &SockAddr,
        max_message: usize,
        tracer: &Tracer,
        timeout: Duration,
    ) -> Result<EchoServer> {
        let socket = EchoSocket::open(transport, Side::Server, tracer, timeout)?;
        socket.bind(addr)?;
        if transport.framing() != Framing::Datagram {
            // One client per session; the kernel may round the backlog up.
            socket.listen(1)?;
        }
        Ok(EchoServer {
            framing: transport.framing(),
            socket,
            max_message,
            timeout,
            connected: false,
            nodelay: false,
        })
    }

    /// A server on one end of a socketpair.
    pub fn on_pair_end(socket: EchoSocket, timeout: Duration) -> EchoServer {
        EchoServer {
            framing: Framing::Stream,
            socket,
            max_message: STREAM_BUFFER,
            timeout,
            connected: true,
            nodelay: false,
        }
    }

    /// Sets TCP_NODELAY (tcp(7)) on the connection the server accepts, so that a small
    /// echo leaves at once instead of waiting for Nagle's algorithm; only TCP has it.
    pub fn with_nodelay(mut self) -> EchoServer {
        self.nodelay = true;
        self
    }

    /// The address the server is bound to (the port the kernel picked for port 0).
    pub fn local_addr(&self) -> Option<SockAddr> {
        self.socket.local_addr()
    }

    /// Serves one session with the peer `allowed` names, then closes every socket.
    pub fn serve_one(self, allowed: &AllowedPeer) -> std::result::Result<ServerTally, EchoError> {
        let mut tally = ServerTally::default();
        match (self.framing, self.connected) {
            (Framing::Datagram, _) => self.serve_datagrams(allowed, &mut tally)?,
            (framing, true) => {
                echo_connection(
                    &self.socket,
                    buffer_size(framing, self.max_message),
                    &mut tally,
                )?;
                self.socket.close()?;
            }
            (framing, false) => {
                let conn = self.accept_own(allowed, &mut tally)?;
                echo_connection(&conn, buffer_size(framing, self.max_message), &mut tally)?;
                conn.close()?;
                self.socket.close()?;
            }
        }
        Ok(tally)
    }

    /// Serves one session as a sink, as iperf3's server does: reads everything the
    /// client sends until it shuts its side down, then answers with the byte count (8
    /// bytes, little-endian) so that the client knows nothing was lost. How many bytes
    /// arrived. Streams only.
    pub fn sink_one(self, allowed: &AllowedPeer) -> std::result::Result<u64, EchoError> {
        let conn = if self.connected {
            None
        } else {
            Some(self.accept_own(allowed, &mut ServerTally::default())?)
        };
        let socket = conn.as_ref().unwrap_or(&self.socket);
        // Woken only once a whole read's worth has arrived (SO_RCVLOWAT, socket(7)), the
        // reader takes the stream in large reads instead of waking for every segment:
        // about a tenth more throughput on loopback. Where it is refused it is only slower.
        let _ = sockopt::set_int(
            socket.socket(),
            libc::SOL_SOCKET,
            libc::SO_RCVLOWAT,
            SINK_BUFFER as i32,
        );
        let mut buf = vec![0u8; SINK_BUFFER];
        let mut received = 0u64;
        loop {
            match socket.recv(&mut buf)? {
                0 => break,
                n => received += n as u64,
            }
        }
        socket.send_all(&received.to_le_bytes())?;
        socket.shutdown(Shutdown::Write)?;
        if let Some(conn) = conn {
            conn.close()?;
        }
        self.socket.close()?;
        Ok(received)
    }

    /// accept(2) until the allowed peer connects, closing any other connection; gives up
    /// when the allowed peer has not come within the timeout.
    fn accept_own(
        &self,
        allowed: &AllowedPeer,
        tally: &mut ServerTally,
    ) -> std::result::Result<EchoSocket, EchoError> {
        let deadline = Instant::now() + self.timeout;
        loop {
            let (conn, peer) = self.socket.accept(self.timeout)?;
            if allowed.admits(&peer, Some(&conn)) {
                if self.nodelay {
                    conn.set_nodelay()?;
                }
                return Ok(conn);
            }
            tally.ignored += 1;
            // A stranger's connection: its close result is of no interest.
            let _ = conn.close();
            if Instant::now() >= deadline {
                return Err(self.idle("accept").into());
            }
        }
    }

    /// recvfrom(2) and sendto(2) back, for the allowed address only, until the client's
    /// empty end-of-session datagram.
    fn serve_datagrams(
        self,
        allowed: &AllowedPeer,
        tally: &mut ServerTally,
    ) -> std::result::Result<(), EchoError> {
        // One byte more than the limit, so that an oversized datagram shows as such
        // instead of arriving silently truncated.
        let mut buf = vec![0u8; self.max_message + 1];
        let mut last_heard = Instant::now();
        loop {
            let (n, from) = self.socket.recv_from(&mut buf)?;
            if !allowed.admits(&from, None) || n > self.max_message {
                tally.ignored += 1;
                // Strangers do not keep the session alive.
                if last_heard.elapsed() >= self.timeout {
                    return Err(self.idle("recvfrom").into());
                }
                continue;
            }
            last_heard = Instant::now();
            if n == 0 {
                break;
            }
            self.socket.send_to(&buf[..n], &from)?;
            tally.echoed_bytes += n as u64;
            tally.messages += 1;
        }
        self.socket.close()?;
        Ok(())
    }

    fn idle(&self, call: &str) -> Error {
        Error::Timeout {
            call: call.to_string(),
            input: "waiting for the echo client".to_string(),
            seconds: self.timeout.as_secs_f64(),
        }
    }
}

fn buffer_size(framing: Framing, max_message: usize) -> usize {
    match framing {
        Framing::Stream => STREAM_BUFFER,
        // A record longer than the buffer would be cut short without an error.
        _ => max_message.max(1),
    }
}

/// recv(2) and send(2) back until the peer shuts its side down, then shut ours.
fn echo_connection(
    conn: &EchoSocket,
    buffer: usize,
    tally: &mut ServerTally,
) -> std::result::Result<(), EchoError> {
    let mut buf = vec![0u8; buffer];
    loop {
        let n = conn.recv(&mut buf)?;
        if n == 0 {
            break;
        }
        conn.send_all(&buf[..n])?;
        tally.echoed_bytes += n as u64;
        tally.messages += 1;
    }
    conn.shutdown(Shutdown::Write)?;
    Ok(())
}

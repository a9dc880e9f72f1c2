//! TCP_INFO, tcp(7): the kernel's `struct tcp_info` (<linux/tcp.h>) decoded into named
//! fields. The kernel copies only as many bytes as both it and the caller know about, so
//! a field is reported only when the returned length covers it.

use std::mem::{offset_of, size_of_val};

use super::errors::SysError;
use super::socket::Socket;
use super::sockopt::get_tcp_info;

/// The unit of a TCP_INFO field.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TcpUnit {
    Count,
    Segments,
    Bytes,
    BytesPerSecond,
    Microseconds,
    Milliseconds,
}

/// One numeric field of `struct tcp_info`, `tcpi_` dropped from its name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TcpInfoField {
    pub name: &'static str,
    pub value: u64,
    pub unit: TcpUnit,
    pub meaning: &'static str,
}

/// A decoded `struct tcp_info`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TcpInfo {
    /// How many bytes the kernel wrote.
    pub length: usize,
    /// `tcpi_state`, a TCP_* state of include/net/tcp_states.h.
    pub state: u8,
    /// `tcpi_ca_state`, a TCP_CA_* congestion-avoidance state.
    pub ca_state: u8,
    /// `tcpi_options`, TCPI_OPT_* bits negotiated on the connection.
    pub options: u8,
    pub snd_wscale: u8,
    pub rcv_wscale: u8,
    /// The numeric fields the kernel filled, in struct order.
    pub fields: Vec<TcpInfoField>,
}

/// TCP states, include/net/tcp_states.h (the `libc` crate does not carry them).
const STATES: [&str; 14] = [
    "0",
    "ESTABLISHED",
    "SYN_SENT",
    "SYN_RECV",
    "FIN_WAIT1",
    "FIN_WAIT2",
    "TIME_WAIT",
    "CLOSE",
    "CLOSE_WAIT",
    "LAST_ACK",
    "LISTEN",
    "CLOSING",
    "NEW_SYN_RECV",
    "BOUND_INACTIVE",
];

/// Congestion-avoidance states, `enum tcp_ca_state` of <linux/tcp.h>.
const CA_STATES: [&str; 5] = ["Open", "Disorder", "CWR", "Recovery", "Loss"];

/// TCPI_OPT_* bits of <linux/tcp.h>.
const OPTIONS: [(u8, &str); 7] = [
    (1, "timestamps"),
    (2, "sack"),
    (4, "wscale"),
    (8, "ecn"),
    (16, "ecn_seen"),
    (32, "syn_data"),
    (64, "usec_ts"),
];

/// The name of a TCP state number (`ESTABLISHED`), or the number as text.
pub fn state_name(state: u8) -> String {
    STATES
        .get(usize::from(state))
        .map_or_else(|| state.to_string(), |s| (*s).to_string())
}

/// The name of a congestion-avoidance state (`Open`), or the number as text.
pub fn ca_state_name(state: u8) -> String {
    CA_STATES
        .get(usize::from(state))
        .map_or_else(|| state.to_string(), |s| (*s).to_string())
}

/// The names of the TCPI_OPT_* bits set in `options`.
pub fn option_names(options: u8) -> Vec<&'static str> {
    OPTIONS
        .iter()
        .filter(|(bit, _)| options & bit != 0)
        .map(|(_, name)| *name)
        .collect()
}

macro_rules! fields {
    ($info:ident, $len:ident, [$($field:ident: $unit:ident, $meaning:literal;)*]) => {{
        let mut out = Vec::new();
        $(
            if offset_of!(libc::tcp_info, $field) + size_of_val(&$info.$field) <= $len {
                out.push(TcpInfoField {
                    name: stringify!($field).trim_start_matches("tcpi_"),
                    value: u64::from($info.$field),
                    unit: TcpUnit::$unit,
                    meaning: $meaning,
                });
            }
        )*
        out
    }};
}

/// Reads and decodes TCP_INFO of a TCP socket.
pub fn read(s: &Socket) -> Result<TcpInfo, SysError> {
    let (i, len) = get_tcp_info(s)?;
    let mut fields = classic_fields(&i, len);
    fields.extend(later_fields(&i, len));
    // The first seven one-byte fields precede everything else, so any successful answer
    // of at least eight bytes holds them; a shorter one leaves them zero.
    Ok(TcpInfo {
        length: len,
        state: i.tcpi_state,
        ca_state: i.tcpi_ca_state,
        options: i.tcpi_options,
        snd_wscale: i.tcpi_snd_rcv_wscale & 0x0f,
        rcv_wscale: i.tcpi_snd_rcv_wscale >> 4,
        fields,
    })
}

/// The counters of the original struct tcp_info (Linux 2.6), those the kernel has
/// filled in `len` bytes.
fn classic_fields(i: &libc::tcp_info, len: usize) -> Vec<TcpInfoField> {
    fields!(i, len, [
        tcpi_retransmits: Count, "retransmission timeouts not yet recovered from";
        tcpi_probes: Count, "unanswered zero-window or keepalive probes";
        tcpi_backoff: Count, "exponential backoff of the retransmission timer";
        tcpi_rto: Microseconds, "retransmission timeout";
        tcpi_ato: Microseconds, "delayed-ACK timeout";
        tcpi_snd_mss: Bytes, "maximum segment size for sending";
        tcpi_rcv_mss: Bytes, "estimated maximum segment size of the peer";
        tcpi_unacked: Segments, "sent but not yet acknowledged";
        tcpi_sacked: Segments, "selectively acknowledged";
        tcpi_lost: Segments, "considered lost";
        tcpi_retrans: Segments, "retransmitted and not yet acknowledged";
        tcpi_last_data_sent: Milliseconds, "since data was last sent";
        tcpi_last_data_recv: Milliseconds, "since data was last received";
        tcpi_last_ack_recv: Milliseconds, "since an ACK was last received";
        tcpi_pmtu: Bytes, "path MTU";
        tcpi_rcv_ssthresh: Bytes, "receive window the stack is willing to offer now";
        tcpi_rtt: Microseconds, "smoothed round-trip time";
        tcpi_rttvar: Microseconds, "round-trip time variation";
        tcpi_snd_ssthresh: Segments, "slow-start threshold";
        tcpi_snd_cwnd: Segments, "congestion window";
        tcpi_advmss: Bytes, "maximum segment size advertised to the peer";
        tcpi_reordering: Segments, "reordering the sender tolerates";
        tcpi_rcv_rtt: Microseconds, "round-trip time estimated by the receiver";
        tcpi_rcv_space: Bytes, "receive-buffer autotuning estimate";
        tcpi_total_retrans: Segments, "retransmitted over the connection's life";
    ])
}

/// The counters added since (pacing, delivery, byte counts, RTO totals), where the
/// kernel's struct is long enough to hold them.
fn later_fields(i: &libc::tcp_info, len: usize) -> Vec<TcpInfoField> {
    fields!(i, len, [
        tcpi_pacing_rate: BytesPerSecond, "pacing rate";
        tcpi_max_pacing_rate: BytesPerSecond, "pacing rate cap (SO_MAX_PACING_RATE)";
        tcpi_bytes_acked: Bytes, "acknowledged by the peer";
        tcpi_bytes_received: Bytes, "received in order";
        tcpi_segs_out: Segments, "sent, retransmissions included";
        tcpi_segs_in: Segments, "received";
        tcpi_notsent_bytes: Bytes, "queued but not yet sent";
        tcpi_min_rtt: Microseconds, "smallest round-trip time seen";
        tcpi_data_segs_in: Segments, "received carrying data";
        tcpi_data_segs_out: Segments, "sent carrying data";
        tcpi_delivery_rate: BytesPerSecond, "most recent delivery rate";
        tcpi_busy_time: Microseconds, "time with data in flight";
        tcpi_rwnd_limited: Microseconds, "time limited by the receive window";
        tcpi_sndbuf_limited: Microseconds, "time limited by the send buffer";
        tcpi_delivered: Segments, "delivered, retransmissions included";
        tcpi_delivered_ce: Segments, "delivered with an ECN congestion mark";
        tcpi_bytes_sent: Bytes, "sent, retransmissions included";
        tcpi_bytes_retrans: Bytes, "retransmitted";
        tcpi_dsack_dups: Segments, "duplicates reported by D-SACK";
        tcpi_reord_seen: Count, "reordering events seen";
        tcpi_rcv_ooopack: Segments, "received out of order";
        tcpi_snd_wnd: Bytes, "peer's advertised receive window";
        tcpi_rcv_wnd: Bytes, "receive window advertised to the peer";
        tcpi_rehash: Count, "path changes (PLB or timeout rehashes)";
        tcpi_total_rto: Count, "retransmission timeouts over the connection's life";
        tcpi_total_rto_recoveries: Count, "recoveries from retransmission timeouts";
        tcpi_total_rto_time: Milliseconds, "time spent in timeout recovery";
    ])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names() {
        assert_eq!(state_name(1), "ESTABLISHED");
        assert_eq!(state_name(7), "CLOSE");
        assert_eq!(state_name(200), "200");
        assert_eq!(ca_state_name(0), "Open");
        assert_eq!(option_names(1 | 4), ["timestamps", "wscale"]);
    }

    #[test]
    fn a_fresh_socket_is_closed() {
        let s =
            super::super::socket::open(libc::AF_INET, libc::SOCK_STREAM, 0).expect("a TCP socket");
        let info = read(&s).expect("TCP_INFO");
        assert_eq!(state_name(info.state), "CLOSE");
        assert!(info.fields.iter().any(|f| f.name == "rtt"));
    }
}

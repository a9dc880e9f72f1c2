//! What the echo client sends and how it checks what comes back.
//!
//! Each payload is a deterministic pseudo-random byte pattern (splitmix64) seeded by its
//! position in the run, so a flipped bit, a lost or duplicated chunk, two chunks swapped,
//! or one payload's bytes arriving in another's place all show up as a difference at a
//! known offset. A constant or counting pattern would miss some of these: a swapped pair
//! of equal chunks looks unchanged.

use std::fmt;

/// Stream payload sizes: one byte, odd sizes that straddle common buffer boundaries,
/// 64 KiB and 1 MiB.
pub const STREAM_SIZES: [usize; 8] = [1, 2, 3, 127, 1_000, 4_097, 65_536, 1_048_576];

/// Payloads at least this large count towards a stream transport's throughput.
pub const LARGE_PAYLOAD: usize = 65_536;

/// Datagram payload sizes below the transport's limit; the limit itself is added.
pub const DATAGRAM_SIZES: [usize; 8] = [1, 2, 3, 127, 1_000, 1_473, 8_193, 32_769];

/// The size of the small ping-pong messages that follow the size sweep.
pub const PING_SIZE: usize = 64;

/// The datagram sizes to send on a transport whose largest datagram is `max` bytes.
pub fn datagram_sizes(max: usize) -> Vec<usize> {
    let mut sizes: Vec<usize> = DATAGRAM_SIZES.into_iter().filter(|&s| s < max).collect();
    if max > 0 {
        sizes.push(max);
    }
    sizes
}

/// `len` bytes of the pattern for payload number `seed`.
pub fn pattern(seed: u64, len: usize) -> Vec<u8> {
    let mut state = seed ^ (len as u64).rotate_left(32);
    let mut bytes = Vec::with_capacity(len + 8);
    while bytes.len() < len {
        bytes.extend_from_slice(&splitmix64(&mut state).to_le_bytes());
    }
    bytes.truncate(len);
    bytes
}

/// splitmix64 (Steele, Lea and Flood, "Fast splittable pseudorandom number generators",
/// OOPSLA 2014): a fast generator whose every output depends on every bit of the state.
fn splitmix64(state: &mut u64) -> u64 {
    *state = state.wrapping_add(0x9e37_79b9_7f4a_7c15);
    let mut z = *state;
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

/// Where an echo differs from what was sent.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mismatch {
    /// The first offset at which the two differ (the shorter length when one is a
    /// prefix of the other).
    pub offset: usize,
    pub sent_len: usize,
    pub echoed_len: usize,
    /// The bytes at `offset`, where there is one.
    pub sent: Option<u8>,
    pub echoed: Option<u8>,
}

impl fmt::Display for Mismatch {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (self.sent, self.echoed) {
            (Some(s), Some(e)) => write!(
                f,
                "byte {} of {} came back changed: sent {s:#04x}, got {e:#04x}",
                self.offset, self.sent_len
            ),
            _ => write!(
                f,
                "sent {} bytes, got {} back",
                self.sent_len, self.echoed_len
            ),
        }
    }
}

/// Checks that `echoed` is exactly `sent`.
pub fn verify(sent: &[u8], echoed: &[u8]) -> Result<(), Mismatch> {
    if sent == echoed {
        return Ok(());
    }
    let offset = sent
        .iter()
        .zip(echoed)
        .position(|(a, b)| a != b)
        .unwrap_or(sent.len().min(echoed.len()));
    Err(Mismatch {
        offset,
        sent_len: sent.len(),
        echoed_len: echoed.len(),
        sent: sent.get(offset).copied(),
        echoed: echoed.get(offset).copied(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn patterns_are_deterministic_and_distinct() {
        assert_eq!(pattern(3, 1000), pattern(3, 1000));
        assert_ne!(pattern(3, 1000), pattern(4, 1000));
        assert_ne!(pattern(3, 1000)[..999], pattern(3, 999)[..]);
        assert_eq!(pattern(9, 0), Vec::<u8>::new());
        assert_eq!(pattern(9, 13).len(), 13);
    }

    #[test]
    fn a_flipped_byte_is_found_at_its_offset() {
        let sent = pattern(1, 65_536);
        let mut echoed = sent.clone();
        echoed[40_000] ^= 0x01;
        let m = verify(&sent, &echoed).expect_err("a flipped bit");
        assert_eq!(m.offset, 40_000);
        assert_eq!(m.sent, Some(sent[40_000]));
        assert!(
            m.to_string()
                .starts_with("byte 40000 of 65536 came back changed")
        );
    }

    #[test]
    fn a_swapped_chunk_is_found() {
        let sent = pattern(2, 8 * 4096);
        let mut echoed = sent.clone();
        let (a, b) = echoed.split_at_mut(4 * 4096);
        a[..4096].swap_with_slice(&mut b[..4096]);
        let m = verify(&sent, &echoed).expect_err("swapped chunks");
        assert!(m.offset < 4096, "found at {}", m.offset);
    }

    #[test]
    fn a_short_or_long_echo_is_found() {
        let sent = pattern(5, 100);
        let m = verify(&sent, &sent[..60]).expect_err("short");
        assert_eq!((m.offset, m.echoed_len, m.echoed), (60, 60, None));
        assert_eq!(m.to_string(), "sent 100 bytes, got 60 back");
        let mut long = sent.clone();
        long.push(0);
        assert!(verify(&sent, &long).is_err());
        assert!(verify(&sent, &sent).is_ok());
    }

    #[test]
    fn another_payloads_bytes_are_found() {
        assert!(verify(&pattern(6, 4096), &pattern(7, 4096)).is_err());
    }

    #[test]
    fn datagram_sizes_end_at_the_limit() {
        assert_eq!(
            datagram_sizes(65_507),
            vec![1, 2, 3, 127, 1_000, 1_473, 8_193, 32_769, 65_507]
        );
        assert_eq!(datagram_sizes(500), vec![1, 2, 3, 127, 500]);
        assert!(datagram_sizes(0).is_empty());
    }
}

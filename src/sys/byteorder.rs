//! byteorder(3): htons, htonl, ntohs, ntohl and their 64-bit counterparts (htobe64,
//! be64toh in endian(3)).
//!
//! In glibc these are inline byte swaps on a little-endian host and the identity on a
//! big-endian one; `to_be`/`from_be` are exactly that operation, so no C call is needed.
//! The conformance tests hold them to Python's `socket.htons` and friends.

/// Whether this host stores integers least significant byte first.
pub const HOST_IS_LITTLE_ENDIAN: bool = cfg!(target_endian = "little");

/// htons(3).
pub fn htons(x: u16) -> u16 {
    x.to_be()
}

/// ntohs(3).
pub fn ntohs(x: u16) -> u16 {
    u16::from_be(x)
}

/// htonl(3).
pub fn htonl(x: u32) -> u32 {
    x.to_be()
}

/// ntohl(3).
pub fn ntohl(x: u32) -> u32 {
    u32::from_be(x)
}

/// htobe64(3).
pub fn htonll(x: u64) -> u64 {
    x.to_be()
}

/// be64toh(3).
pub fn ntohll(x: u64) -> u64 {
    u64::from_be(x)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn swaps_match_the_textbook_example() {
        if HOST_IS_LITTLE_ENDIAN {
            assert_eq!(htons(9999), 3879);
            assert_eq!(htonl(9999), 254_214_144);
            assert_eq!(htonll(1), 1 << 56);
        } else {
            assert_eq!(htons(9999), 9999);
        }
    }

    #[test]
    fn round_trips() {
        for x in [0u16, 1, 0x1234, u16::MAX] {
            assert_eq!(ntohs(htons(x)), x);
        }
        for x in [0u32, 1, 0x1234_5678, u32::MAX] {
            assert_eq!(ntohl(htonl(x)), x);
        }
        assert_eq!(ntohll(htonll(0x0102_0304_0506_0708)), 0x0102_0304_0506_0708);
    }
}

//! The kernel's table of TCP sockets, /proc/net/tcp and /proc/net/tcp6 (proc(5)): one
//! line per socket with its local and remote address in hex and its state, TIME_WAIT
//! sockets included. `echo --connections short` counts the TIME_WAIT sockets its
//! connections leave behind, as `ss -tan state time-wait` would show them.

use super::errors::SysError;

/// The `st` column of a socket in TIME_WAIT (`TCP_TIME_WAIT` in the kernel's tcp_states.h).
pub const TIME_WAIT: u8 = 0x06;

/// The files read, IPv4 then IPv6.
const TABLES: [&str; 2] = ["/proc/net/tcp", "/proc/net/tcp6"];

/// How many sockets in TIME_WAIT have `port` as their local or remote port, over both
/// tables. A table that does not exist (no IPv6) counts as empty.
pub fn count_time_wait(port: u16) -> Result<u64, SysError> {
    let mut count = 0;
    for path in TABLES {
        match std::fs::read_to_string(path) {
            Ok(text) => count += count_in(&text, TIME_WAIT, port),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => return Err(SysError::Errno(e.raw_os_error().unwrap_or(libc::EIO))),
        }
    }
    Ok(count)
}

/// Counts the lines of a table in `state` with `port` at either end. A line reads
/// `sl local_address rem_address st ...`, addresses as `HEXADDR:HEXPORT`; the first line
/// is the header.
pub fn count_in(table: &str, state: u8, port: u16) -> u64 {
    let matches = |line: &str| {
        let mut fields = line.split_whitespace().skip(1);
        let (Some(local), Some(remote), Some(st)) = (fields.next(), fields.next(), fields.next())
        else {
            return false;
        };
        u8::from_str_radix(st, 16) == Ok(state)
            && (port_of(local) == Some(port) || port_of(remote) == Some(port))
    };
    table.lines().skip(1).filter(|l| matches(l)).count() as u64
}

fn port_of(address: &str) -> Option<u16> {
    let (_, port) = address.rsplit_once(':')?;
    u16::from_str_radix(port, 16).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    const TABLE: &str = "  sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode
   0: 0100007F:1F90 00000000:0000 0A 00000000:00000000 00:00000000 00000000     0        0 1 1 0 100 0 0 10 0
   1: 0100007F:A3C2 0100007F:1F90 06 00000000:00000000 03:000016C4 00000000     0        0 0 3 0000000000000000
   2: 0100007F:1F90 0100007F:A3C4 06 00000000:00000000 03:000016C4 00000000     0        0 0 3 0000000000000000
   3: 0100007F:A3C6 0100007F:1F91 06 00000000:00000000 03:000016C4 00000000     0        0 0 3 0000000000000000
   4: 0100007F:A3C8 0100007F:1F90 01 00000000:00000000 00:00000000 00000000     0        0 2 1 0 20 4 30 10 -1
";

    #[test]
    fn time_wait_lines_at_either_end_of_the_port_count() {
        // Port 8080 is 0x1F90: lines 1 and 2; line 3 is another port, line 4 ESTABLISHED.
        assert_eq!(count_in(TABLE, TIME_WAIT, 8080), 2);
        assert_eq!(count_in(TABLE, TIME_WAIT, 8081), 1);
        assert_eq!(count_in(TABLE, 0x0A, 8080), 1);
        assert_eq!(count_in("", TIME_WAIT, 8080), 0);
        assert_eq!(count_in("header\ngarbage line\n", TIME_WAIT, 8080), 0);
    }

    #[test]
    fn the_live_tables_can_be_read() {
        assert!(count_time_wait(9).is_ok());
    }
}

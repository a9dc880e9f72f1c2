//! Kernel tunables under /proc/sys (sysctl(8)): the system defaults socket options start
//! from, such as `net.ipv4.tcp_keepalive_time` (tcp(7)) or `net.core.rmem_max` (socket(7));
//! and the protocol counters of /proc/net/netstat (`TcpExt: ListenOverflows`, what
//! `nstat` and `netstat -s` print).

use std::path::PathBuf;

use super::errors::SysError;

/// The file behind a dotted sysctl name: `net.ipv4.tcp_keepalive_time` →
/// `/proc/sys/net/ipv4/tcp_keepalive_time`.
pub fn path_of(name: &str) -> PathBuf {
    PathBuf::from("/proc/sys").join(name.replace('.', "/"))
}

/// Reads an integer tunable. A missing file is `ENOENT`, unreadable text `EINVAL`.
pub fn read_int(name: &str) -> Result<i64, SysError> {
    let text = std::fs::read_to_string(path_of(name))
        .map_err(|e| SysError::Errno(e.raw_os_error().unwrap_or(libc::EIO)))?;
    text.split_whitespace()
        .next()
        .and_then(|first| first.parse().ok())
        .ok_or(SysError::Errno(libc::EINVAL))
}

/// A counter of /proc/net/netstat, such as `TcpExt` `ListenOverflows`. The file holds
/// pairs of lines, `Group: name name ...` then `Group: value value ...`.
pub fn netstat_counter(group: &str, name: &str) -> Result<u64, SysError> {
    let text = std::fs::read_to_string("/proc/net/netstat")
        .map_err(|e| SysError::Errno(e.raw_os_error().unwrap_or(libc::EIO)))?;
    counter_in(&text, group, name).ok_or(SysError::Errno(libc::ENOENT))
}

fn counter_in(text: &str, group: &str, name: &str) -> Option<u64> {
    let prefix = format!("{group}:");
    let mut lines = text.lines().filter(|l| l.starts_with(&prefix));
    while let (Some(names), Some(values)) = (lines.next(), lines.next()) {
        let at = names.split_whitespace().position(|n| n == name);
        if let Some(at) = at {
            return values.split_whitespace().nth(at)?.parse().ok();
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn netstat_counters_pair_names_with_values() {
        let text = "TcpExt: SyncookiesSent ListenOverflows ListenDrops\n\
                    TcpExt: 0 7 9\n\
                    IpExt: InNoRoutes\n\
                    IpExt: 3\n";
        assert_eq!(counter_in(text, "TcpExt", "ListenOverflows"), Some(7));
        assert_eq!(counter_in(text, "IpExt", "InNoRoutes"), Some(3));
        assert_eq!(counter_in(text, "TcpExt", "Nothing"), None);
    }

    #[test]
    fn dotted_names_are_paths() {
        assert_eq!(
            path_of("net.ipv4.tcp_keepalive_time"),
            PathBuf::from("/proc/sys/net/ipv4/tcp_keepalive_time")
        );
        assert_eq!(
            read_int("net.nosuch.thing"),
            Err(SysError::Errno(libc::ENOENT))
        );
    }
}

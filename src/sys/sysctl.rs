//! Kernel tunables under /proc/sys (sysctl(8)): the system defaults socket options start
//! from, such as `net.ipv4.tcp_keepalive_time` (tcp(7)) or `net.core.rmem_max` (socket(7)).

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

#[cfg(test)]
mod tests {
    use super::*;

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

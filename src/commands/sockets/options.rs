//! `sockets --options`: the key options of each socket, read from a duplicate of the
//! owning process's descriptor (pidfd_getfd), as `sockopt --pid` reads them.

use serde::Serialize;

use super::SocketView;
use crate::commands::sockopt::live;
use crate::reference::options;
use crate::socket_module::options::read;

/// One option of a socket.
#[derive(Debug, Clone, Serialize)]
pub struct OptionView {
    pub name: &'static str,
    /// The C int the option holds, where it is one.
    pub raw: Option<i64>,
    /// In natural units: `on`, `131072 bytes (128 KiB)`, `7200 s`.
    pub text: Option<String>,
}

/// The options worth seeing for every socket: Nagle, keepalive and its timers, address
/// reuse, the buffers, and whether an IPv6 socket is IPv6 only.
const KEY_OPTIONS: &[&str] = &[
    "TCP_NODELAY",
    "SO_KEEPALIVE",
    "TCP_KEEPIDLE",
    "TCP_KEEPINTVL",
    "TCP_KEEPCNT",
    "SO_REUSEADDR",
    "SO_REUSEPORT",
    "SO_RCVBUF",
    "SO_SNDBUF",
    "IPV6_V6ONLY",
];

/// Reads the key options of `s` through its first owner, or says why they cannot be.
pub fn read_into(s: &mut SocketView) {
    let Some(owner) = s.processes.first() else {
        s.options_error = Some("no process holds it (or it is not this user's to see)".into());
        return;
    };
    match live::take(owner.pid, owner.fd) {
        Ok((socket, kind)) => {
            let wanted: Vec<_> = KEY_OPTIONS
                .iter()
                .filter_map(|n| options::find(n))
                .filter(|o| o.applies_to(kind.family, kind.socktype))
                .collect();
            let readings = read::read_all(&socket, &wanted);
            s.options = Some(
                readings
                    .into_iter()
                    .filter(|r| r.error.is_none())
                    .map(|r| OptionView {
                        name: r.name,
                        raw: r.raw,
                        text: r.text,
                    })
                    .collect(),
            );
        }
        Err(e) => s.options_error = Some(e.to_string()),
    }
}

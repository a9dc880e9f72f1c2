//! Which sockets `sockets` shows: by process, port, state, family and transport.

use super::SocketView;
use crate::cli::SocketsArgs;
use crate::error::{Error, Result};

/// The filters of one `sockets` command, checked.
pub struct Filter {
    pid: Option<i32>,
    port: Option<u16>,
    states: Vec<&'static str>,
    families: Vec<&'static str>,
    netids: Vec<&'static str>,
    listening: bool,
}

/// `ss`'s state names, and the other spellings `--state` takes.
const STATES: &[(&str, &[&str])] = &[
    ("ESTAB", &["established"]),
    ("SYN-SENT", &[]),
    ("SYN-RECV", &[]),
    ("FIN-WAIT-1", &[]),
    ("FIN-WAIT-2", &[]),
    ("TIME-WAIT", &[]),
    ("UNCONN", &["close", "unconnected"]),
    ("CLOSE-WAIT", &[]),
    ("LAST-ACK", &[]),
    ("LISTEN", &["listening"]),
    ("CLOSING", &[]),
    ("NEW-SYN-RECV", &[]),
];

impl Filter {
    pub fn of(args: &SocketsArgs) -> Result<Filter> {
        let states = args
            .state
            .iter()
            .map(|s| state(s))
            .collect::<Result<Vec<_>>>()?;
        let mut families = Vec::new();
        if args.ipv4 {
            families.push("AF_INET");
        }
        if args.ipv6 {
            families.push("AF_INET6");
        }
        let mut netids = Vec::new();
        if args.tcp {
            netids.push("tcp");
        }
        if args.udp {
            netids.push("udp");
        }
        if args.unix {
            netids.extend(["u_str", "u_dgr", "u_seq"]);
        }
        Ok(Filter {
            pid: args.pid,
            port: args.port,
            states,
            families,
            netids,
            listening: args.listening,
        })
    }

    /// Whether the socket passes every filter given.
    pub fn keeps(&self, s: &SocketView) -> bool {
        let port_of = |t: &Option<crate::text::Text>| {
            t.as_ref().and_then(|t| {
                t.to_string()
                    .rsplit(':')
                    .next()
                    .and_then(|p| p.parse::<u16>().ok())
            })
        };
        self.pid.is_none_or(|pid| s.processes.iter().any(|p| p.pid == pid))
            && self
                .port
                .is_none_or(|port| port_of(&s.local) == Some(port) || port_of(&s.peer) == Some(port))
            && (self.states.is_empty() || self.states.contains(&s.state))
            // -4 and -6 leave unix sockets out, as `ss -4` does.
            && (self.families.is_empty() || self.families.contains(&s.family))
            && (self.netids.is_empty() || self.netids.contains(&s.netid))
            && (!self.listening || matches!(s.state, "LISTEN" | "UNCONN"))
    }
}

/// A `--state` name in any case, `ss`'s (`time-wait`) or the kernel's (`TIME_WAIT`).
fn state(text: &str) -> Result<&'static str> {
    let wanted = text.trim().to_ascii_lowercase().replace('_', "-");
    STATES
        .iter()
        .find(|(name, others)| {
            name.to_ascii_lowercase() == wanted || others.contains(&wanted.as_str())
        })
        .map(|(name, _)| *name)
        .ok_or_else(|| {
            let names: Vec<&str> = STATES.iter().map(|(n, _)| *n).collect();
            Error::input(
                "sockets",
                format!("--state {text}"),
                format!("not a state: {}", names.join(", ")),
            )
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn states_are_taken_in_every_spelling() {
        assert_eq!(state("time-wait").ok(), Some("TIME-WAIT"));
        assert_eq!(state("TIME_WAIT").ok(), Some("TIME-WAIT"));
        assert_eq!(state("established").ok(), Some("ESTAB"));
        assert_eq!(state("Listen").ok(), Some("LISTEN"));
        assert!(state("sleepy").is_err());
    }
}

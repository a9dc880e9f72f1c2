//! `sockets` as tables: one row per socket, `ss`'s columns with the owners and TCP_INFO
//! essentials, the key options with `--options`; then TIME_WAIT per port.

use super::lines;
use crate::commands::sockets::{SocketView, SocketsReport};
use crate::output::{Render, Sheet};

impl Render for SocketsReport {
    fn sheets(&self) -> Vec<Sheet> {
        let with_options = self
            .sockets
            .iter()
            .any(|s| s.options.is_some() || s.options_error.is_some());
        let mut headers = vec![
            "netid", "state", "recv-q", "send-q", "local", "peer", "process", "tcp",
        ];
        if with_options {
            headers.push("options");
        }
        let mut sheet = Sheet::new(headers);
        for s in &self.sockets {
            let mut row = vec![
                s.netid.to_string(),
                s.state.to_string(),
                s.recv_queue.to_string(),
                s.send_queue.to_string(),
                s.local
                    .as_ref()
                    .map_or("*".to_string(), ToString::to_string),
                peer(s),
                owners(s),
                // A listener's TCP_INFO is all zeros: no peer, no round trip.
                s.tcp_info
                    .as_ref()
                    .filter(|_| s.state != "LISTEN")
                    .map_or(String::new(), |t| {
                        lines(&[
                            format!("rtt {:.3}/{:.3} ms", t.rtt_ms, t.rttvar_ms),
                            format!("cwnd {}", t.cwnd),
                            format!("retrans {}", t.retransmits),
                        ])
                    }),
            ];
            if with_options {
                row.push(options(s));
            }
            sheet.row(row);
        }
        if self.sockets.is_empty() {
            sheet.note("no socket matches");
        }
        let mut sheets = vec![sheet];
        if !self.time_wait.is_empty() {
            let mut waits = Sheet::new(["port", "TIME-WAIT"]).titled("TIME-WAIT by local port");
            for p in &self.time_wait {
                waits.row([p.port.to_string(), p.count.to_string()]);
            }
            sheets.push(waits);
        }
        sheets
    }
}

fn peer(s: &SocketView) -> String {
    match (&s.peer, s.peer_inode) {
        (Some(p), _) => p.to_string(),
        (None, Some(inode)) => format!("inode {inode}"),
        (None, None) => "*".to_string(),
    }
}

fn owners(s: &SocketView) -> String {
    let owners: Vec<String> = s
        .processes
        .iter()
        .map(|p| {
            let command = p
                .command
                .as_ref()
                .map_or("?".to_string(), ToString::to_string);
            format!("{command} (pid {}, fd {})", p.pid, p.fd)
        })
        .collect();
    lines(&owners)
}

fn options(s: &SocketView) -> String {
    match (&s.options, &s.options_error) {
        (Some(o), _) => {
            let shown: Vec<String> = o
                .iter()
                .map(|o| format!("{} {}", o.name, o.text.as_deref().unwrap_or("?")))
                .collect();
            lines(&shown)
        }
        (None, Some(e)) => e.clone(),
        (None, None) => String::new(),
    }
}

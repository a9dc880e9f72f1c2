//! Tables for socket options: one table per level with each socket's values side by side,
//! the `--set` comparison above them, TCP_INFO below; and the keepalive summary.

use super::error_cell;
use crate::commands::keepalive::KeepaliveReport;
use crate::commands::sockopt::{SocketOptions, SockoptReport};
use crate::output::{Cell, Render, Sheet, Tone};
use crate::socket_module::options::read::{self, OptionReading, SetOutcome};
use crate::units::seconds_words as seconds_text;

impl Render for SockoptReport {
    fn sheets(&self) -> Vec<Sheet> {
        let mut sheets = vec![Sheet::default().titled(self.heading())];
        for s in &self.sockets {
            if !s.set.is_empty() {
                sheets.push(set_sheet(s, self.sockets.len() > 1));
            }
        }
        sheets.extend(level_sheets(&self.sockets));
        if let Some(sheet) = tcp_info_sheet(&self.sockets) {
            sheets.push(sheet);
        }
        sheets
    }
}

impl SockoptReport {
    fn heading(&self) -> String {
        let call = &self.call;
        if let (Some(p), [s]) = (&self.process, self.sockets.as_slice()) {
            let command = p
                .command
                .as_ref()
                .map_or(String::new(), |c| format!(" ({c})"));
            let ends = match (&s.local, &s.peer) {
                (Some(l), Some(r)) => format!(": {l} <-> {r}"),
                (Some(l), None) => format!(": {l}"),
                _ => String::new(),
            };
            return format!(
                "socket({}, {}, {}) of pid {}{command} fd {}{ends}",
                self.family, self.socktype, self.proto, p.pid, p.fd
            );
        }
        match self.sockets.as_slice() {
            [a, b] if self.connected => format!(
                "{call}, a connected pair: client {} <-> server {}",
                a.local.as_deref().unwrap_or("?"),
                b.local.as_deref().unwrap_or("?")
            ),
            _ => format!("{call}, a fresh socket"),
        }
    }
}

fn set_sheet(s: &SocketOptions, pair: bool) -> Sheet {
    let title = if pair {
        format!("--set on the {} end", s.role)
    } else {
        "--set".to_string()
    };
    let mut sheet = Sheet::new(["option", "requested", "kept", "raw", "outcome"]).titled(title);
    for o in &s.set {
        sheet.row(set_row(o));
    }
    sheet
}

fn set_row(o: &SetOutcome) -> Vec<Cell> {
    let (kept, raw) = match (&o.kept, &o.error) {
        (Some(k), _) => (
            Cell::from(k.text.as_str()),
            Cell::from(k.raw.map(|r| r.to_string()).unwrap_or_default()),
        ),
        (None, Some(e)) => (error_cell(e), Cell::default()),
        (None, None) => (Cell::default(), Cell::default()),
    };
    let outcome = match (o.outcome, &o.note) {
        ("kept", _) => Cell::toned("kept", Tone::Good),
        (_, Some(note)) => Cell::toned(note.as_str(), Tone::Dim),
        (word, None) => Cell::toned(
            word,
            if o.error.is_some() {
                Tone::Bad
            } else {
                Tone::Dim
            },
        ),
    };
    vec![
        Cell::from(o.name),
        Cell::from(o.requested.text.as_str()),
        kept,
        raw,
        outcome,
    ]
}

fn level_sheets(sockets: &[SocketOptions]) -> Vec<Sheet> {
    let Some(first) = sockets.first() else {
        return Vec::new();
    };
    let pair = sockets.len() > 1;
    let mut headers = vec!["option".to_string()];
    for s in sockets {
        if pair {
            headers.extend([s.role.to_string(), format!("{} raw", s.role)]);
        } else {
            headers.extend(["value".to_string(), "raw".to_string()]);
        }
    }
    headers.push("meaning".into());
    read::by_level(&first.options)
        .into_iter()
        .map(|(level, rows)| {
            let mut sheet = Sheet::new(headers.clone()).titled(level);
            for r in rows {
                let mut row = vec![Cell::from(r.name)];
                for s in sockets {
                    let other = s.options.iter().find(|o| o.name == r.name);
                    row.extend(value_cells(other));
                }
                row.push(Cell::toned(r.meaning, Tone::Dim));
                sheet.row(row);
            }
            sheet
        })
        .collect()
}

fn value_cells(reading: Option<&OptionReading>) -> [Cell; 2] {
    let Some(r) = reading else {
        return [Cell::default(), Cell::default()];
    };
    match (&r.text, &r.error) {
        (Some(text), _) => [
            Cell::from(text.as_str()),
            Cell::from(r.raw.map(|v| v.to_string()).unwrap_or_default()),
        ],
        (None, Some(e)) if e.os_code().is_some() => [
            Cell::toned(
                e.os_code()
                    .map(|(code, name)| format!("refused: {name} ({code})"))
                    .unwrap_or_default(),
                Tone::Dim,
            ),
            Cell::default(),
        ],
        (None, Some(e)) => [error_cell(e), Cell::default()],
        (None, None) => [Cell::default(), Cell::default()],
    }
}

fn tcp_info_sheet(sockets: &[SocketOptions]) -> Option<Sheet> {
    let infos: Vec<_> = sockets.iter().filter_map(|s| s.tcp_info.as_ref()).collect();
    let first = *infos.first()?;
    let mut headers = vec!["field".to_string()];
    headers.extend(
        sockets
            .iter()
            .filter(|s| s.tcp_info.is_some())
            .map(|s| s.role.to_string()),
    );
    headers.push("meaning".into());
    let mut sheet = Sheet::new(headers).titled("TCP_INFO");
    let mut push = |name: &str, values: Vec<String>, meaning: &str| {
        let mut row = vec![Cell::from(name)];
        row.extend(values.into_iter().map(Cell::from));
        row.push(Cell::toned(meaning, Tone::Dim));
        sheet.row(row);
    };
    push(
        "state",
        infos.iter().map(|i| i.state.clone()).collect(),
        "TCP state",
    );
    push(
        "ca_state",
        infos.iter().map(|i| i.ca_state.clone()).collect(),
        "congestion-avoidance state",
    );
    push(
        "options",
        infos.iter().map(|i| i.options.join(", ")).collect(),
        "options negotiated in the handshake",
    );
    push(
        "wscale",
        infos
            .iter()
            .map(|i| format!("send {}, receive {}", i.snd_wscale, i.rcv_wscale))
            .collect(),
        "window scale shifts",
    );
    for (k, c) in first.counters.iter().enumerate() {
        let values = infos
            .iter()
            .map(|i| i.counters.get(k).map(|c| c.text()).unwrap_or_default())
            .collect();
        push(c.name, values, c.meaning);
    }
    sheet.note(format!(
        "the kernel filled {} bytes of struct tcp_info",
        first.length
    ));
    Some(sheet)
}

impl Render for KeepaliveReport {
    fn sheets(&self) -> Vec<Sheet> {
        let mut sheets = Vec::new();
        if !self.socket.set.is_empty() {
            let mut set = Sheet::new(["option", "requested", "kept", "raw", "outcome"])
                .titled("--idle / --interval / --count");
            for o in &self.socket.set {
                set.row(set_row(o));
            }
            sheets.push(set);
        }
        sheets.push(keepalive_sheet(self));
        sheets
    }
}

/// System defaults beside the socket's settings, with the time each takes to notice a
/// dead peer.
fn keepalive_sheet(report: &KeepaliveReport) -> Sheet {
    let sys = &report.system;
    let sock = &report.socket;
    let mut sheet = Sheet::new(["setting", "system default", "this socket", "meaning"]).titled(
        format!("TCP keepalive, a fresh {} stream socket", sock.family),
    );
    let secs = |v: Option<i64>| v.map(seconds_text).unwrap_or_else(|| "?".into());
    sheet.row([
        Cell::from("SO_KEEPALIVE"),
        Cell::toned("off (each program opts in)", Tone::Dim),
        Cell::from(if sock.so_keepalive { "on" } else { "off" }),
        Cell::toned("whether probes are sent at all", Tone::Dim),
    ]);
    let rows = [
        (
            "idle (tcp_keepalive_time, TCP_KEEPIDLE)",
            secs(sys.tcp_keepalive_time),
            seconds_text(sock.tcp_keepidle),
            "silence before the first probe",
        ),
        (
            "interval (tcp_keepalive_intvl, TCP_KEEPINTVL)",
            secs(sys.tcp_keepalive_intvl),
            seconds_text(sock.tcp_keepintvl),
            "time between probes",
        ),
        (
            "count (tcp_keepalive_probes, TCP_KEEPCNT)",
            sys.tcp_keepalive_probes
                .map_or_else(|| "?".into(), |v| v.to_string()),
            sock.tcp_keepcnt.to_string(),
            "unanswered probes before the peer is declared dead",
        ),
        (
            "time to detect a dead peer",
            secs(sys.detection_seconds),
            seconds_text(sock.detection_seconds),
            "idle + interval × count",
        ),
    ];
    for (name, system, socket, meaning) in rows {
        sheet.row([
            Cell::from(name),
            Cell::from(system),
            Cell::from(socket),
            Cell::toned(meaning, Tone::Dim),
        ]);
    }
    for e in &sys.errors {
        sheet.note(format!("could not read a default: {e}"));
    }
    if sock.inherited {
        sheet.note("the socket inherits the system defaults until a program sets its own");
    }
    if !sock.so_keepalive {
        sheet.note("SO_KEEPALIVE is off: no probe is sent until the program turns it on");
    }
    sheet
}

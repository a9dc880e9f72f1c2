//! The experiments' tables: `backlog` (the limits, then what the kernel did) and
//! `keepalive --demo` (the heartbeat timeline, then the keepalive settings in force).

use crate::commands::keepalive::demo::KeepaliveDemoReport;
use crate::echo::experiments::backlog::{BacklogReport, CLIENT_WAIT};
use crate::output::{Cell, Render, Sheet, Tone};
use crate::units::seconds_words as seconds_text;

fn known(v: Option<impl ToString>) -> String {
    v.map_or_else(|| "?".to_string(), |v| v.to_string())
}

fn row(sheet: &mut Sheet, name: &str, value: Cell, meaning: &str) {
    sheet.row([Cell::from(name), value, Cell::toned(meaning, Tone::Dim)]);
}

impl Render for BacklogReport {
    fn sheets(&self) -> Vec<Sheet> {
        vec![self.limits_sheet(), self.outcome_sheet()]
    }
}

impl BacklogReport {
    fn limits_sheet(&self) -> Sheet {
        let l = &self.limits;
        let title = format!(
            "listen({}) on {}, nothing accepted",
            self.backlog, self.listener
        );
        let mut sheet = Sheet::new(["setting", "value", "meaning"]).titled(title);
        let rows = [
            (
                "SOMAXCONN",
                Some(l.somaxconn_constant),
                "the headers' largest backlog (Python's socket.SOMAXCONN)",
            ),
            (
                "net.core.somaxconn",
                l.somaxconn,
                "listen(2) caps every backlog at this",
            ),
            (
                "net.ipv4.tcp_max_syn_backlog",
                l.tcp_max_syn_backlog,
                "half-open connections (SYN_RECV) a listener keeps",
            ),
            (
                "net.ipv4.tcp_abort_on_overflow",
                l.tcp_abort_on_overflow,
                "0: a handshake that finds the queue full loses its last ACK; 1: it is reset",
            ),
            (
                "net.ipv4.tcp_syncookies",
                l.tcp_syncookies,
                "1: SYN cookies once the SYN queue overflows",
            ),
            (
                "effective backlog",
                self.effective_backlog,
                "min(N, net.core.somaxconn)",
            ),
        ];
        for (name, value, meaning) in rows {
            row(&mut sheet, name, Cell::from(known(value)), meaning);
        }
        for e in &l.errors {
            sheet.note(format!("could not read a limit: {e}"));
        }
        sheet
    }

    fn outcome_sheet(&self) -> Sheet {
        let mut sheet = Sheet::new(["observation", "value", "meaning"]).titled("what happened");
        let matches = self.expected_completed == i64::try_from(self.completed).ok();
        for (name, value, meaning) in self.observations(matches) {
            row(&mut sheet, name, value, meaning);
        }
        self.notes(&mut sheet, matches);
        sheet
    }

    fn observations(&self, matches: bool) -> Vec<(&'static str, Cell, &'static str)> {
        let completed = format!("{} of {} tried", self.completed, self.clients_tried);
        let tone = if matches { Tone::Good } else { Tone::Bad };
        let states: Vec<String> = self
            .completed_states
            .iter()
            .map(|(s, n)| format!("{s} × {n}"))
            .collect();
        let mut rows = vec![
            (
                "clients completed",
                Cell::toned(completed, tone),
                "connect() finished while nothing was accepted",
            ),
            (
                "expected",
                Cell::from(known(self.expected_completed)),
                "effective backlog + 1: Linux queues one more than the backlog",
            ),
            (
                "completed clients' state",
                Cell::from(states.join(", ")),
                "TCP_INFO of each client",
            ),
        ];
        if let Some(q) = self.accept_queue {
            let text = format!("{} waiting, limit {}", q.length, q.max);
            rows.push((
                "accept queue",
                Cell::from(text),
                "the listener's TCP_INFO (Recv-Q and Send-Q of ss -lt)",
            ));
        }
        if let Some(s) = &self.stalled {
            let text = format!(
                "{} after {:.0} ms, {}",
                s.outcome,
                s.waited_ms,
                known(s.state.as_ref())
            );
            let meaning = match s.state.as_deref() {
                Some("SYN_SENT") => "its SYN was dropped: no SYN-ACK came back",
                _ => "the first client that did not complete",
            };
            rows.push(("next client", Cell::toned(text, Tone::Bad), meaning));
        }
        rows.extend(self.kernel_counts());
        rows
    }

    fn kernel_counts(&self) -> [(&'static str, Cell, &'static str); 5] {
        let growth =
            |v: Option<u64>| Cell::from(v.map_or_else(|| "?".to_string(), |v| format!("+{v}")));
        [
            (
                "ListenOverflows",
                growth(self.listen_overflows),
                "/proc/net/netstat: arrivals that found the accept queue full",
            ),
            (
                "ListenDrops",
                growth(self.listen_drops),
                "/proc/net/netstat: SYNs a listener dropped, for any reason",
            ),
            (
                "accepted afterwards",
                Cell::from(self.accepted.to_string()),
                "accept() until EAGAIN, each closed at once",
            ),
            ("stopped by", Cell::from(self.stopped_by.to_string()), ""),
            ("time", Cell::from(format!("{:.1} ms", self.elapsed_ms)), ""),
        ]
    }

    fn notes(&self, sheet: &mut Sheet, matches: bool) {
        if self.stalled.is_none() {
            sheet.note(format!(
                "stopped before a client stalled ({}): the count is a lower bound",
                self.stopped_by
            ));
        } else if matches {
            sheet.note("completed = effective backlog + 1: the accept queue is full only when it holds more than the backlog");
        } else {
            sheet.note("completed differs from effective backlog + 1");
        }
        if self.accepted < self.completed {
            sheet.note(format!(
                "{} clients believe they are connected but were never queued: the server dropped their last ACK",
                self.completed - self.accepted
            ));
        }
        sheet.note(format!(
            "each client waits {} ms; a dropped SYN is sent again only after a second",
            CLIENT_WAIT.as_millis()
        ));
    }
}

impl Render for KeepaliveDemoReport {
    fn sheets(&self) -> Vec<Sheet> {
        let d = &self.demo;
        let title = format!(
            "heartbeat every {} ms, client {} <-> server {}; dead after {} missed beats",
            d.heartbeat_ms, d.client, d.server, d.misses
        );
        let mut timeline = Sheet::new(["t (ms)", "side", "event"]).titled(title);
        for e in &d.timeline {
            let tone = match e.event.as_str() {
                "peer declared dead" => Tone::Bad,
                ev if ev.starts_with("missed") || ev.starts_with("stops") => Tone::Bad,
                _ => Tone::Plain,
            };
            timeline.row([
                Cell::from(format!("{:.1}", e.t_ms)),
                Cell::from(e.side.name()),
                Cell::toned(e.event.as_str(), tone),
            ]);
        }
        match (d.declared_dead_ms, d.detection_ms) {
            (Some(dead), Some(after)) => timeline.note(format!(
                "peer declared dead at {dead:.1} ms, {after:.1} ms after its last pong"
            )),
            (Some(dead), None) => timeline.note(format!("peer declared dead at {dead:.1} ms")),
            (None, _) => timeline.note("the peer was not declared dead within the run's bound"),
        }
        if let Some(state) = &d.client_tcp_state {
            timeline.note(format!(
                "the client's TCP state then: {state}, {} segments unacknowledged: TCP saw nothing wrong",
                known(d.client_tcp_unacked)
            ));
        }
        let sock = &self.keepalive.socket;
        timeline.note(format!(
            "TCP keepalive alone: {} of idleness with these settings, and only with SO_KEEPALIVE on; \
             against a hung peer whose kernel still answers probes, never",
            seconds_text(sock.detection_seconds)
        ));
        let mut sheets = vec![timeline];
        sheets.extend(self.keepalive.sheets());
        sheets
    }
}

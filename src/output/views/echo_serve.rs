//! Output of `echo --serve`: the line it prints as soon as it listens, and what it did,
//! once stopped. (`--connect` reports with the echo pair's own table.)

use crate::commands::echo::serve::{ServeReady, ServeReport};
use crate::output::{Render, Sheet};
use crate::units::iec as bytes_text;

impl Render for ServeReady {
    /// One title line, `listening on 127.0.0.1:7000 (tcp4)`: scripts read the address
    /// from it (the port after the last colon).
    fn sheets(&self) -> Vec<Sheet> {
        let l = &self.listening;
        vec![Sheet::default().titled(format!("listening on {} ({})", l.address, l.transport))]
    }
}

impl Render for ServeReport {
    fn streams(&self) -> bool {
        true
    }

    fn sheets(&self) -> Vec<Sheet> {
        let s = &self.serve;
        let stream = matches!(s.transport.name(), "tcp4" | "tcp6");
        let mut sheet = Sheet::new(["what", "value"]).titled(format!(
            "echo server on {} ({}), stopped by {} after {:.1} s",
            s.address, s.transport, s.stopped_by, s.seconds
        ));
        let mut row = |what: &str, value: String| sheet.row([what.to_string(), value]);
        if stream {
            row("connections served", s.connections.to_string());
            row(
                "most at once",
                format!("{} (limit {})", s.peak_connections, s.max_connections),
            );
            row("refused over the limit", s.over_limit.to_string());
            row(
                "closed when idle",
                format!("{} (after {} s)", s.idle_closed, s.idle_s),
            );
            row("reset by the client", s.reset.to_string());
            row("other failures", s.failed.to_string());
            row("accept errors", s.accept_errors.to_string());
        } else {
            row("datagrams echoed", s.datagrams.to_string());
            row("dropped (not loopback)", s.dropped.to_string());
        }
        row("bytes echoed", bytes_text(s.bytes_echoed));
        if !stream {
            sheet.note("each datagram goes back to its sender only, at the size it came in");
        }
        vec![sheet]
    }
}

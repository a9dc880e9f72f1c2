//! The `connect` tables: one row per getaddrinfo candidate tried, in order, then the two
//! ends of the connection made (or the error create_connection would raise).

use crate::commands::connect::{Attempt, ConnectReport};
use crate::error::Error;
use crate::output::{Cell, Render, Sheet, Tone};
use crate::socket_module::names::SockAddrView;
use crate::units;

impl Render for ConnectReport {
    fn sheets(&self) -> Vec<Sheet> {
        let mut attempts =
            Sheet::new(["#", "family", "address", "port", "step", "outcome", "time"])
                .titled(self.heading());
        for (i, a) in self.attempts.iter().enumerate() {
            attempts.row(attempt_row(i, a));
        }
        let Some(c) = &self.connection else {
            match self.last_error() {
                Some(e) => attempts.note(format!(
                    "no candidate connected; create_connection raises the last error: {e}"
                )),
                None => attempts.note("getaddrinfo returned no candidate"),
            }
            return vec![attempts];
        };
        let mut ends = Sheet::new(["end", "call", "address", "port"]).titled("the connection");
        for (end, call, addr) in [
            ("local", "getsockname()", &c.laddr),
            ("peer", "getpeername()", &c.raddr),
        ] {
            ends.row([
                Cell::from(end),
                Cell::from(call),
                Cell::toned(address_text(addr), Tone::Good),
                Cell::from(addr.port.to_string()),
            ]);
        }
        vec![attempts, ends]
    }
}

impl ConnectReport {
    fn heading(&self) -> String {
        let n = self.attempts.len();
        let source = self
            .source
            .as_ref()
            .map(|s| match s.address.contains(':') {
                true => format!(", bound to [{}]:{}", s.address, s.port),
                false => format!(", bound to {}:{}", s.address, s.port),
            })
            .unwrap_or_default();
        // getaddrinfo's port as one writes it in Python: a number bare, a service quoted.
        let port = match self.port.parse::<u16>() {
            Ok(n) => n.to_string(),
            Err(_) => format!("{:?}", self.port),
        };
        format!(
            "connect {}: {} candidate{} from getaddrinfo({:?}, {port}, {}, SOCK_STREAM), within {} in all{}",
            self.input,
            n,
            if n == 1 { "" } else { "s" },
            self.host,
            self.family,
            seconds(self.timeout),
            source
        )
    }
}

fn attempt_row(i: usize, a: &Attempt) -> Vec<Cell> {
    let outcome = match &a.error {
        None => Cell::toned(a.outcome.as_str(), Tone::Good),
        Some(e) => Cell::toned(failure_text(e), Tone::Bad),
    };
    vec![
        Cell::from(i.to_string()),
        Cell::from(a.family.to_string()),
        Cell::from(address_text(&a.sockaddr)),
        Cell::from(a.sockaddr.port.to_string()),
        Cell::from(a.step),
        outcome,
        Cell::from(units::micros_short(a.elapsed_us)),
    ]
}

/// `ECONNREFUSED (111): Connection refused`; the whole line when the failing call is not
/// the step itself (a getaddrinfo of the source address).
fn failure_text(e: &Error) -> String {
    match e {
        Error::Platform(p) if matches!(p.call.as_str(), "connect" | "bind" | "socket") => {
            match e.os_code() {
                Some((code, name)) => format!("{name} ({code}): {}", p.message),
                None => e.to_string(),
            }
        }
        Error::Timeout { seconds: s, .. } => {
            format!("timeout: no answer within {}", seconds(*s))
        }
        other => other.to_string(),
    }
}

fn address_text(a: &SockAddrView) -> String {
    match a.scope_id {
        Some(scope) if scope != 0 => format!("{} (scope {scope})", a.address),
        _ => a.address.to_string(),
    }
}

fn seconds(s: f64) -> String {
    format!("{s} s")
}

impl Render for crate::commands::happy::HappyReport {
    fn sheets(&self) -> Vec<Sheet> {
        let he = &self.happy_eyeballs;
        let verdict = he
            .connected
            .as_ref()
            .map_or("nothing connected".to_string(), |a| {
                format!("connected to {a}")
            });
        let mut race = Sheet::new(["#", "family", "address", "started", "ended", "outcome"])
            .titled(format!(
                "Happy Eyeballs (RFC 8305), attempt delay {:.0} ms: {verdict} in {:.1} ms",
                self.attempt_delay_ms, he.elapsed_ms
            ));
        let ms = |v: Option<f64>| v.map_or(String::new(), |v| format!("{v:.1} ms"));
        for (i, a) in he.attempts.iter().enumerate() {
            race.row([
                (i + 1).to_string(),
                a.family.to_string(),
                a.address.clone(),
                ms(a.started_ms),
                ms(a.ended_ms),
                a.outcome.clone(),
            ]);
        }
        let mut sheets = vec![race];
        let mut sequential = self.sequential.sheets();
        if let Some(first) = sequential.first_mut() {
            let elapsed: u64 = self.sequential.attempts.iter().map(|a| a.elapsed_us).sum();
            *first = first.clone().titled(format!(
                "sequential create_connection, each attempt up to {}: {} in {:.1} ms",
                seconds(self.timeout_s),
                if self.sequential.connection.is_some() {
                    "connected"
                } else {
                    "nothing connected"
                },
                elapsed as f64 / 1000.0
            ));
        }
        sheets.extend(sequential);
        sheets
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn times_pick_their_unit() {
        assert_eq!(units::micros_short(5_000_000), "5.00 s");
    }
}

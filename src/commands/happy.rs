//! `connect --happy-eyeballs`: RFC 8305's connection racing. The candidates are ordered
//! as the RFC asks (families interleaved, the first address's family first), an attempt
//! starts every --attempt-delay (250 ms by default) or as soon as the one before fails,
//! and the first to connect wins. Beside it, the sequential create_connection of the same
//! name: each candidate in turn, each with the whole --timeout.

use std::borrow::Cow;
use std::net::SocketAddr;
use std::time::Duration;

use serde::Serialize;

use super::connect::{self, ConnectReport};
use crate::cli::ConnectArgs;
use crate::error::{Error, Result};
use crate::exit::ExitStatus;
use crate::reference::errors::errno_name;
use crate::report::Report;
use crate::sys::race::{self, Outcome};

/// Both ways of connecting to one name.
#[derive(Debug, Clone, Serialize)]
pub struct HappyReport {
    pub input: String,
    /// The connection attempt delay, in milliseconds.
    pub attempt_delay_ms: f64,
    pub timeout_s: f64,
    pub happy_eyeballs: Timeline,
    /// Python's create_connection over the resolver's order.
    pub sequential: ConnectReport,
}

/// The race.
#[derive(Debug, Clone, Serialize)]
pub struct Timeline {
    /// In the order they were (or would have been) started.
    pub attempts: Vec<RaceAttempt>,
    /// The address connected to, null when none connected.
    pub connected: Option<String>,
    /// From the first attempt to the connection (or the end), in milliseconds.
    pub elapsed_ms: f64,
}

/// One attempt of the race.
#[derive(Debug, Clone, Serialize)]
pub struct RaceAttempt {
    pub family: &'static str,
    pub address: String,
    /// Milliseconds from the start of the race; null when it never started.
    pub started_ms: Option<f64>,
    pub ended_ms: Option<f64>,
    /// connected, an errno name, timeout, cancelled or not started.
    pub outcome: String,
}

impl Report for HappyReport {
    /// 0 when the race connected, 1 when it did not.
    fn exit_status(&self) -> ExitStatus {
        if self.happy_eyeballs.connected.is_some() {
            ExitStatus::Success
        } else {
            ExitStatus::No
        }
    }

    fn failures(&self) -> Vec<Cow<'_, Error>> {
        if self.happy_eyeballs.connected.is_some() {
            return Vec::new();
        }
        vec![Cow::Owned(Error::not_found(
            "connect",
            self.input.clone(),
            "no candidate connected (Happy Eyeballs)",
        ))]
    }
}

/// Runs `connect --happy-eyeballs`.
pub fn run(args: &ConnectArgs, delay: Duration, timeout: Duration) -> Result<HappyReport> {
    let candidates = interleave(&connect::candidates(args, timeout)?);
    let race = race::race(&candidates, delay, timeout);
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    let connected = race
        .winner
        .as_ref()
        .map(|(i, _)| candidates[*i].to_string());
    let elapsed = race
        .attempts
        .iter()
        .filter_map(|a| a.ended)
        .max()
        .unwrap_or_default();
    let attempts = race
        .attempts
        .iter()
        .map(|a| RaceAttempt {
            family: if a.address.is_ipv4() {
                "AF_INET"
            } else {
                "AF_INET6"
            },
            address: a.address.to_string(),
            started_ms: a.started.map(ms),
            ended_ms: a.ended.map(ms),
            outcome: outcome_text(a.outcome),
        })
        .collect();
    drop(race);
    let sequential = connect::sequential(args, timeout)?;
    Ok(HappyReport {
        input: match &args.port {
            Some(p) => format!("{} {p}", args.target),
            None => args.target.clone(),
        },
        attempt_delay_ms: ms(delay),
        timeout_s: timeout.as_secs_f64(),
        happy_eyeballs: Timeline {
            attempts,
            connected,
            elapsed_ms: ms(elapsed),
        },
        sequential,
    })
}

fn outcome_text(outcome: Outcome) -> String {
    match outcome {
        Outcome::Connected => "connected".into(),
        Outcome::Failed(errno) => errno_name(errno).to_string(),
        Outcome::TimedOut => "timeout".into(),
        Outcome::Cancelled => "cancelled".into(),
        Outcome::NotStarted => "not started".into(),
    }
}

/// RFC 8305 section 4: the first address's family first, then the families taking turns,
/// each in the resolver's order.
pub fn interleave(addresses: &[SocketAddr]) -> Vec<SocketAddr> {
    let Some(first) = addresses.first() else {
        return Vec::new();
    };
    let (mut preferred, mut other): (Vec<SocketAddr>, Vec<SocketAddr>) = addresses
        .iter()
        .partition(|a| a.is_ipv4() == first.is_ipv4());
    preferred.reverse();
    other.reverse();
    let mut out = Vec::with_capacity(addresses.len());
    while !preferred.is_empty() || !other.is_empty() {
        out.extend(preferred.pop());
        out.extend(other.pop());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn families_take_turns_starting_with_the_first() {
        let a = |s: &str| s.parse::<SocketAddr>().expect("an address");
        let given = [
            a("[::1]:80"),
            a("[::2]:80"),
            a("[::3]:80"),
            a("127.0.0.1:80"),
            a("127.0.0.2:80"),
        ];
        let order: Vec<String> = interleave(&given).iter().map(ToString::to_string).collect();
        assert_eq!(
            order,
            [
                "[::1]:80",
                "127.0.0.1:80",
                "[::2]:80",
                "127.0.0.2:80",
                "[::3]:80"
            ]
        );
        assert!(interleave(&[]).is_empty());
    }
}

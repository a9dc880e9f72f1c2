//! Tables for `echo`: one row per transport, and with `--trace` each transport's socket
//! calls as a server | client sequence.

use crate::commands::echo::EchoReport;
use crate::echo::trace::{Side, TraceEvent};
use crate::echo::{EchoStatus, TransportRun};
use crate::output::{Cell, Render, Sheet, Tone};
use crate::units::{iec as bytes_text, rate as rate_text};

impl Render for EchoReport {
    fn sheets(&self) -> Vec<Sheet> {
        let mut sheets = vec![summary_sheet(self)];
        for run in &self.transports {
            if let Some(events) = &run.trace {
                sheets.push(trace_sheet(run, events));
            }
        }
        sheets
    }
}

fn summary_sheet(report: &EchoReport) -> Sheet {
    let mut sheet = Sheet::new([
        "transport",
        "status",
        "server",
        "client",
        "bytes",
        "round trips",
        "RTT p50 / p99",
        "throughput",
        "error",
    ])
    .wrapped(8, 60);
    for run in &report.transports {
        sheet.row(summary_row(run));
    }
    sheet.note(format!(
        "Each transport sends a sweep of sizes (1 B to 1 MiB for streams, up to the largest \
         datagram otherwise), then {} {}-byte ping-pongs; every echo is checked byte for byte.",
        report.pings,
        crate::echo::payload::PING_SIZE
    ));
    sheet.note(
        "RTT: send to last byte back. Throughput: echoed bytes per second over the 64 KiB \
         and 1 MiB payloads (streams only).",
    );
    for run in &report.transports {
        if let (Some(max), EchoStatus::Passed) = (run.max_message, run.status) {
            sheet.note(format!("{}: largest message {max} bytes", run.transport));
        }
        if run.ignored_by_server > 0 {
            sheet.note(format!(
                "{}: the server ignored {} connection(s) or datagram(s) from other peers",
                run.transport, run.ignored_by_server
            ));
        }
    }
    sheet
}

fn summary_row(run: &TransportRun) -> Vec<Cell> {
    let status = match run.status {
        EchoStatus::Passed => Cell::toned("passed", Tone::Good),
        EchoStatus::Failed => Cell::toned("failed", Tone::Bad),
        EchoStatus::Unavailable => Cell::toned("unavailable", Tone::Dim),
    };
    let rtt = run
        .rtt_us
        .map(|r| format!("{:.1} / {:.1} µs", r.p50, r.p99))
        .unwrap_or_default();
    let error = match (&run.error, run.status) {
        (Some(e), EchoStatus::Unavailable) => Cell::toned(e.as_str(), Tone::Dim),
        (Some(e), _) => Cell::toned(e.as_str(), Tone::Bad),
        (None, _) => Cell::default(),
    };
    vec![
        Cell::from(run.transport.name()),
        status,
        Cell::from(run.server.clone().unwrap_or_default()),
        Cell::from(run.client.clone().unwrap_or_default()),
        Cell::from(if run.bytes > 0 {
            bytes_text(run.bytes)
        } else {
            String::new()
        }),
        Cell::from(run.round_trips.to_string()),
        Cell::from(rtt),
        Cell::from(
            run.throughput_bytes_per_s
                .map(rate_text)
                .unwrap_or_default(),
        ),
        error,
    ]
}

fn trace_sheet(run: &TransportRun, events: &[TraceEvent]) -> Sheet {
    let mut sheet = Sheet::new(["t (µs)", "server", "client"])
        .titled(format!("{}: every socket call, in order", run.transport));
    for group in group_runs(events) {
        let text = call_text(&group);
        let (server, client) = match group.first.side {
            Side::Server => (text, String::new()),
            Side::Client => (String::new(), text),
        };
        let tone = if group.first.result.starts_with("-1") {
            Tone::Bad
        } else {
            Tone::Plain
        };
        sheet.row([
            Cell::from(group.first.t_us.to_string()),
            Cell::toned(server, tone),
            Cell::toned(client, tone),
        ]);
    }
    if let Some(n) = run.trace_dropped {
        sheet.note(format!("{n} later calls were not recorded"));
    }
    sheet.note(
        "t: when accept, recv and recvfrom returned, when the other calls were made. Runs \
         of the same data call on one socket are shown once, with their count and total; \
         --json lists every call.",
    );
    sheet
}

/// Consecutive data calls of one side on one descriptor, shown as one line.
struct CallRun<'a> {
    first: &'a TraceEvent,
    count: usize,
    total: u64,
}

fn is_data_call(e: &TraceEvent) -> bool {
    matches!(e.call, "send" | "recv" | "sendto" | "recvfrom") && !e.result.starts_with('-')
}

fn group_runs(events: &[TraceEvent]) -> Vec<CallRun<'_>> {
    let mut runs: Vec<CallRun<'_>> = Vec::new();
    for e in events {
        let bytes = leading_number(&e.result);
        if let Some(last) = runs.last_mut() {
            let f = last.first;
            if is_data_call(e)
                && is_data_call(f)
                && (f.side, f.call, f.fd) == (e.side, e.call, e.fd)
                && bytes > 0
                && last.total > 0
            {
                last.count += 1;
                last.total += bytes;
                continue;
            }
        }
        runs.push(CallRun {
            first: e,
            count: 1,
            total: bytes,
        });
    }
    runs
}

fn leading_number(text: &str) -> u64 {
    text.split(' ')
        .next()
        .and_then(|n| n.parse().ok())
        .unwrap_or(0)
}

/// `bind(3, 127.0.0.1:0) = 0`, `socket(AF_INET, SOCK_STREAM) = 3`,
/// `recv(5, 262144) ×12 = 1048576 bytes in all`.
fn call_text(run: &CallRun<'_>) -> String {
    let e = run.first;
    let args = match (e.call, e.args.is_empty()) {
        ("socket" | "socketpair", _) => e.args.clone(),
        (_, true) => e.fd.to_string(),
        (_, false) => format!("{}, {}", e.fd, e.args),
    };
    if run.count > 1 {
        format!(
            "{}({args}) ×{} = {} bytes in all",
            e.call, run.count, run.total
        )
    } else {
        format!("{}({args}) = {}", e.call, e.result)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn event(side: Side, call: &'static str, fd: i32, result: &str, t_us: u64) -> TraceEvent {
        TraceEvent {
            side,
            call,
            fd,
            args: "65536".into(),
            result: result.into(),
            t_us,
        }
    }

    #[test]
    fn runs_of_one_data_call_collapse() {
        let events = vec![
            event(Side::Server, "recv", 5, "100", 1),
            event(Side::Server, "recv", 5, "200", 2),
            event(Side::Server, "send", 5, "300", 3),
            event(Side::Client, "recv", 4, "0", 4),
            event(Side::Client, "recv", 4, "0", 5),
        ];
        let runs = group_runs(&events);
        let texts: Vec<String> = runs.iter().map(call_text).collect();
        assert_eq!(
            texts,
            vec![
                "recv(5, 65536) ×2 = 300 bytes in all",
                "send(5, 65536) = 300",
                "recv(4, 65536) = 0",
                "recv(4, 65536) = 0",
            ]
        );
    }
}

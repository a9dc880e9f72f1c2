//! Tables for `echo --bench` (ping-pong latency, then throughput) and `echo
//! --connections` (the cost of a request with a connection each or one for all).

use crate::commands::echo::bench::{BenchReport, ConnectionsReport};
use crate::echo::EchoStatus;
use crate::echo::bench::BenchRun;
use crate::echo::connections::ConnectionsRun;
use crate::echo::stats::LatencySummary;
use crate::output::{Cell, Render, Sheet, Tone};
use crate::units::{iec as bytes_text, rate as rate_text};

impl Render for BenchReport {
    fn sheets(&self) -> Vec<Sheet> {
        let mut sheets = vec![latency_sheet(self)];
        if self.transports.iter().any(|t| t.throughput.is_some()) {
            sheets.push(throughput_sheet(self));
        }
        sheets
    }
}

fn status_cell(status: EchoStatus) -> Cell {
    match status {
        EchoStatus::Passed => Cell::toned("passed", Tone::Good),
        EchoStatus::Failed => Cell::toned("failed", Tone::Bad),
        EchoStatus::Unavailable => Cell::toned("unavailable", Tone::Dim),
    }
}

fn us(value: f64) -> String {
    format!("{value:.1}")
}

fn latency_sheet(report: &BenchReport) -> Sheet {
    let mut sheet = Sheet::new([
        "transport",
        "status",
        "round trips",
        "min",
        "p50",
        "p90",
        "p99",
        "p99.9",
        "max",
        "mean",
        "p50 / 2",
        "error",
    ])
    .titled(format!(
        "ping-pong: one {} message in flight, {} s after {} s of warm-up; round trip in µs",
        bytes_text(report.size as u64),
        report.duration_s,
        report.warmup_s
    ))
    .wrapped(11, 50);
    for run in &report.transports {
        sheet.row(latency_row(run));
    }
    sheet.note(
        "Round trip: send to the last byte of the echo back. sockperf's ping-pong prints \
         half of it as its latency: compare its figures with the p50 / 2 column.",
    );
    sheet.note("TCP runs with TCP_NODELAY on both ends, as sockperf does; every echo is checked.");
    if report.interrupted {
        sheet.note("interrupted: the figures cover the time before Ctrl-C");
    }
    sheet
}

fn latency_row(run: &BenchRun) -> Vec<Cell> {
    let mut cells = vec![Cell::from(run.transport.name()), status_cell(run.status)];
    match &run.latency {
        Some(l) => {
            let r: &LatencySummary = &l.rtt_us;
            cells.push(Cell::from(l.round_trips.to_string()));
            for v in [r.min, r.p50, r.p90, r.p99, r.p99_9, r.max, r.mean] {
                cells.push(Cell::from(us(v)));
            }
            cells.push(Cell::from(us(l.half_rtt_us.p50)));
        }
        None => cells.extend((0..9).map(|_| Cell::default())),
    }
    cells.push(error_cell(run.error.as_deref(), run.status));
    cells
}

fn error_cell(error: Option<&str>, status: EchoStatus) -> Cell {
    match (error, status) {
        (Some(e), EchoStatus::Unavailable) => Cell::toned(e, Tone::Dim),
        (Some(e), _) => Cell::toned(e, Tone::Bad),
        (None, _) => Cell::default(),
    }
}

fn throughput_sheet(report: &BenchReport) -> Sheet {
    let title = match &report.connect {
        Some(server) => format!(
            "throughput: {} stream(s) of {} writes through the echo server at {server} for {} s",
            report.streams,
            bytes_text(report.write_size as u64),
            report.duration_s
        ),
        None => format!(
            "throughput: one stream of {} writes into a counting server for {} s",
            bytes_text(report.write_size as u64),
            report.duration_s
        ),
    };
    let mut sheet =
        Sheet::new(["transport", "bytes", "seconds", "throughput", "bits/s"]).titled(title);
    for run in &report.transports {
        if let Some(t) = &run.throughput {
            sheet.row([
                Cell::from(run.transport.name()),
                Cell::from(bytes_text(t.bytes)),
                Cell::from(format!("{:.3}", t.seconds)),
                Cell::from(rate_text(t.bytes_per_s)),
                Cell::from(format!("{:.2} Gbit/s", t.bits_per_s as f64 / 1e9)),
            ]);
        }
    }
    if report.connect.is_some() {
        sheet.note(
            "Bytes echoed back, each stream written and read at once; everything written \
             must come back. The data crosses twice, so iperf3's one-way figure for the same \
             link is the one to compare with.",
        );
    } else {
        sheet.note(
            "The server counts what it reads and answers with the count, which must equal \
             what was written; the time runs from the first write to that answer. iperf3 \
             reports the same in bits per second.",
        );
    }
    sheet
}

impl Render for ConnectionsReport {
    fn sheets(&self) -> Vec<Sheet> {
        let mut sheet = Sheet::new([
            "mode",
            "transport",
            "status",
            "requests",
            "connections",
            "time",
            "requests/s",
            "per request mean / p50 / p99 (µs)",
            "TIME_WAIT before → after",
            "error",
        ])
        .titled(format!(
            "{} requests of {} each, against an in-process echo server",
            self.requests,
            bytes_text(self.size as u64)
        ))
        .wrapped(9, 50);
        for run in &self.runs {
            sheet.row(connections_row(run));
        }
        sheet.note(
            "short: socket, connect, send, recv, close for every request; long: one \
             connection, send and recv per request. TIME_WAIT: sockets on the server's port \
             in /proc/net/tcp and tcp6; the side that closes first (the client) keeps each \
             for 60 s.",
        );
        if let Some(reuse) = self.runs.iter().find_map(|r| r.tcp_tw_reuse) {
            sheet.note(format!(
                "net.ipv4.tcp_tw_reuse = {reuse} (2: loopback connections may reuse a port \
                 still in TIME_WAIT)"
            ));
        }
        if self.interrupted {
            sheet.note("interrupted: the figures cover the requests before Ctrl-C");
        }
        vec![sheet]
    }
}

fn connections_row(run: &ConnectionsRun) -> Vec<Cell> {
    let per_request = run
        .per_request_us
        .map(|p| format!("{} / {} / {}", us(p.mean), us(p.p50), us(p.p99)))
        .unwrap_or_default();
    let time_wait = run
        .time_wait
        .map(|t| format!("{} → {} (+{})", t.before, t.after, t.left))
        .unwrap_or_default();
    vec![
        Cell::from(run.mode.name()),
        Cell::from(run.transport.name()),
        status_cell(run.status),
        Cell::from(format!("{} of {}", run.completed, run.requests)),
        Cell::from(run.connections.to_string()),
        Cell::from(format!("{:.3} s", run.seconds)),
        Cell::from(format!("{:.0}", run.requests_per_s)),
        Cell::from(per_request),
        Cell::from(time_wait),
        error_cell(run.error.as_deref(), run.status),
    ]
}

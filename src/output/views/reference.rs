//! `sockref ref`: the list under one heading per kind, and one entry as a sheet of fields.

use crate::commands::reference::RefReport;
use crate::output::{Cell, Render, Sheet, Tone};
use crate::reference::module::{Entry, Kind};

/// How wide the prose column grows before it wraps.
const PROSE_WIDTH: u16 = 72;

impl Render for RefReport {
    fn sheets(&self) -> Vec<Sheet> {
        match self {
            RefReport::One { entry } => vec![entry_sheet(entry)],
            RefReport::List { entries } => {
                let mut sheets = Vec::new();
                for kind in [
                    Kind::Function,
                    Kind::Method,
                    Kind::Exception,
                    Kind::Constants,
                ] {
                    let mut sheet = Sheet::new(["name", "what it is"])
                        .titled(kind.heading())
                        .wrapped(1, PROSE_WIDTH);
                    for e in entries.iter().filter(|e| e.kind == kind) {
                        sheet.row([e.name.to_string(), e.summary.clone()]);
                    }
                    sheets.push(sheet);
                }
                if let Some(last) = sheets.last_mut() {
                    last.note("sockref ref NAME shows one entry in full.");
                }
                sheets
            }
        }
    }
}

fn entry_sheet(e: &Entry) -> Sheet {
    let mut sheet = Sheet::new(["field", "value"])
        .titled(format!("{} ({})", e.signature, kind_word(e.kind)))
        .wrapped(1, PROSE_WIDTH);
    let mut field = |name: &str, value: String| {
        sheet.row([Cell::toned(name, Tone::Dim), Cell::from(value)]);
    };
    field("does", e.does.to_string());
    field("blocks", e.blocks.to_string());
    field("returns", e.returns.to_string());
    for r in e.raises {
        field("raises", format!("{}: {}", r.class, r.when));
    }
    field("C", e.c.to_string());
    field("Rust", e.rust.to_string());
    if !e.related.is_empty() {
        field("related", e.related.join(", "));
    }
    field("on this machine", e.shows.to_string());
    sheet
}

fn kind_word(kind: Kind) -> &'static str {
    match kind {
        Kind::Function => "function",
        Kind::Method => "socket method",
        Kind::Exception => "exception",
        Kind::Constants => "constants",
    }
}

//! How each report looks as tables: one `impl Render` per report type. JSON comes from
//! the reports' own `Serialize`, so the two forms always carry the same facts.

pub mod code;
pub mod connect;
pub mod constants;
pub mod echo;
pub mod echo_bench;
pub mod echo_serve;
pub mod errno;
pub mod experiments;
pub mod explain;
pub mod lookups;
pub mod mirror;
pub mod numbers;
pub mod pairs;
pub mod reference;
pub mod sockets;
pub mod sockopt;

use super::sheet::{Cell, Tone};
use crate::error::Error;

/// A cell for a failed call: its error line, in red on a terminal.
pub(crate) fn error_cell(error: &Error) -> Cell {
    Cell::toned(error.to_string(), Tone::Bad)
}

/// A cell for a failed input of a batch: the failure's short name (`EAI_NONAME`), in red;
/// its whole line goes to stderr.
pub(crate) fn failure_cell(error: &Error) -> Cell {
    Cell::toned(error.short_name(), Tone::Bad)
}

/// A list in one cell, comma-separated.
pub(crate) fn lines<T: ToString>(items: &[T]) -> String {
    items
        .iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join(", ")
}

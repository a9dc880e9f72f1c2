//! What every report is, whatever command made it: a plain value that serializes to its
//! `--json` document and knows the exit status it implies. The renderers in
//! [`crate::output`] add the tables; the exit status and the JSON are defined here once.

use std::borrow::Cow;

use serde::Serialize;
use serde_json::Value;

use crate::error::Error;
use crate::exit::ExitStatus;

/// A command's answer.
pub trait Report: ToJson {
    /// The exit status the report implies: 0 unless a report says otherwise (a batch with
    /// failures exits 1).
    fn exit_status(&self) -> ExitStatus {
        ExitStatus::Success
    }

    /// The errors behind a status other than 0, one per failing input in input order;
    /// the program writes each on stderr after the report, so that stderr always says why.
    /// A report keeps its failures as errors where it can and makes one where it keeps
    /// only words (an echo row's reason), hence `Cow`.
    fn failures(&self) -> Vec<Cow<'_, Error>> {
        Vec::new()
    }
}

/// The `--json` document of a report, from its own `Serialize`, so that JSON and tables
/// always carry the same facts.
pub trait ToJson {
    /// The JSON value; fails only for a value JSON cannot hold.
    fn to_json(&self) -> serde_json::Result<Value>;
}

impl<T: Serialize> ToJson for T {
    fn to_json(&self) -> serde_json::Result<Value> {
        serde_json::to_value(self)
    }
}

/// The exit status of a batch: 0 when nothing failed, else the worst status among the
/// failures.
pub fn worst_of<'e>(errors: impl IntoIterator<Item = &'e Error>) -> ExitStatus {
    errors
        .into_iter()
        .fold(ExitStatus::Success, |acc, e| acc.worst(e.exit_status()))
}

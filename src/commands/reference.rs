//! `sockref ref`: the socket module's reference, as a list or one entry.

use serde::Serialize;

use crate::error::{Error, Result};
use crate::reference::module::{Entry, Found, Kind, entries, find};
use crate::report::Report;

/// The whole list, or one entry.
#[derive(Debug, Clone, Serialize)]
#[serde(untagged)]
pub enum RefReport {
    List { entries: Vec<ListedEntry> },
    One { entry: &'static Entry },
}

impl Report for RefReport {}

/// An entry as the list shows it.
#[derive(Debug, Clone, Serialize)]
pub struct ListedEntry {
    pub name: &'static str,
    pub kind: Kind,
    pub signature: &'static str,
    /// The first sentence of what it does.
    pub summary: String,
}

/// Runs `ref [NAME]`.
pub fn run(name: Option<&str>) -> Result<RefReport> {
    let Some(name) = name else {
        return Ok(RefReport::List {
            entries: entries().map(listed).collect(),
        });
    };
    match find(name) {
        Found::One(entry) => Ok(RefReport::One { entry }),
        Found::Several(names) => Err(Error::input(
            "ref",
            name,
            format!("names several entries: {}", names.join(", ")),
        )),
        Found::Nothing(near) if near.is_empty() => Err(Error::not_in_reference(
            "ref",
            name,
            "no such entry (`sockref ref` lists them)",
        )),
        Found::Nothing(near) => Err(Error::not_in_reference(
            "ref",
            name,
            format!("no such entry; did you mean {}?", near.join(", ")),
        )),
    }
}

fn listed(e: &'static Entry) -> ListedEntry {
    ListedEntry {
        name: e.name,
        kind: e.kind,
        signature: e.signature,
        summary: first_sentence(e.does),
    }
}

/// Up to the first ". " (or the whole text).
fn first_sentence(text: &str) -> String {
    match text.find(". ") {
        Some(end) => text[..=end].to_string(),
        None => text.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_list_holds_every_entry_and_one_name_finds_one() {
        let Ok(RefReport::List { entries: list }) = run(None) else {
            panic!("no list");
        };
        assert!(list.len() > 80, "{}", list.len());
        assert!(
            matches!(run(Some("getaddr")), Ok(RefReport::One { entry }) if entry.name == "getaddrinfo")
        );
        let err = run(Some("getadrinfo")).expect_err("unknown");
        assert!(
            err.to_string().contains("did you mean getaddrinfo"),
            "{err}"
        );
        assert!(run(Some("get")).is_err());
    }

    #[test]
    fn every_live_command_is_a_valid_command_line() {
        use clap::Parser;
        for e in entries() {
            let words: Vec<&str> = e.shows.split_whitespace().collect();
            if let Err(err) = crate::cli::Cli::try_parse_from(&words) {
                panic!("{}: `{}` does not parse: {err}", e.name, e.shows);
            }
        }
    }

    #[test]
    fn a_summary_is_the_first_sentence() {
        assert_eq!(first_sentence("One. Two."), "One.");
        assert_eq!(first_sentence("Only one."), "Only one.");
    }
}

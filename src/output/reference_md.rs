//! docs/reference.md: the socket module's reference as one Markdown document, written from
//! the same entries `sockref ref` shows (the generated-files test keeps it in step).

use std::fmt::Write as _;

use crate::reference::module::{Entry, Kind, entries};

/// The whole document.
pub fn document() -> String {
    let mut doc = String::from(
        "# The socket module, entry by entry\n\n\
         Every function, socket method, exception and constant family of Python's `socket` \
         module: its signature, what it does, whether and how it blocks, what it returns \
         and raises, the C call beneath it, what does the same in Rust, and the sockref \
         command that shows it on your machine. `sockref ref NAME` shows the same at the \
         terminal. This file is generated from sockref's catalogue \
         (`SOCKREF_BLESS=1 cargo test --test render generated`); edit the catalogue in \
         `src/reference/module/`, not this file.\n",
    );
    for kind in [
        Kind::Function,
        Kind::Method,
        Kind::Exception,
        Kind::Constants,
    ] {
        let _ = write!(doc, "\n## {}\n\n", kind.heading());
        for e in entries().filter(|e| e.kind == kind) {
            let _ = writeln!(doc, "- [`{}`](#{})", e.name, anchor(e.name));
        }
        for e in entries().filter(|e| e.kind == kind) {
            entry(&mut doc, e);
        }
    }
    doc
}

/// The anchor GitHub gives the heading `### NAME`.
fn anchor(name: &str) -> String {
    name.chars()
        .filter_map(|c| match c {
            'a'..='z' | '0'..='9' | '_' | '-' => Some(c),
            'A'..='Z' => Some(c.to_ascii_lowercase()),
            ' ' => Some('-'),
            _ => None,
        })
        .collect()
}

fn entry(doc: &mut String, e: &Entry) {
    let _ = write!(
        doc,
        "\n### {}\n\n`{}`\n\n{}\n\n",
        e.name, e.signature, e.does
    );
    let _ = writeln!(doc, "- **Blocks:** {}", e.blocks);
    let _ = writeln!(doc, "- **Returns:** {}", e.returns);
    for r in e.raises {
        let _ = writeln!(doc, "- **Raises** `{}`: {}", r.class, r.when);
    }
    let _ = writeln!(doc, "- **C:** {}", e.c);
    let _ = writeln!(doc, "- **Rust:** {}", e.rust);
    if !e.related.is_empty() {
        let links: Vec<String> = e
            .related
            .iter()
            .map(|r| format!("[`{r}`](#{})", anchor(r)))
            .collect();
        let _ = writeln!(doc, "- **Related:** {}", links.join(", "));
    }
    let _ = writeln!(doc, "- **On this machine:** `{}`", e.shows);
}

//! The table of `sockref errno`: one row per code, its aliases beside its name, long
//! causes wrapped.

use super::lines;
use crate::commands::errno::{CodeKind, ErrnoReport};
use crate::output::{Cell, Render, Sheet, Tone};

/// How wide the calls and cause columns may grow before their text wraps.
const CALLS_WIDTH: u16 = 32;
const CAUSE_WIDTH: u16 = 60;

impl Render for ErrnoReport {
    fn sheets(&self) -> Vec<Sheet> {
        let mut sheet = Sheet::new([
            "kind", "name", "number", "message", "python", "calls", "cause",
        ])
        .wrapped(5, CALLS_WIDTH)
        .wrapped(6, CAUSE_WIDTH);
        for code in &self.errors {
            let names: Vec<&str> = std::iter::once(code.name)
                .chain(code.aliases.iter().copied())
                .collect();
            sheet.row([
                Cell::toned(code.kind.label(), Tone::Dim),
                Cell::from(lines(&names)),
                Cell::from(code.number.to_string()),
                Cell::from(code.message.as_str()),
                Cell::from(code.python),
                Cell::from(lines(code.calls)),
                Cell::from(code.cause),
            ]);
        }
        if let Some(number) = self.number
            && self.errors.len() > 1
        {
            let meanings: Vec<String> = self
                .errors
                .iter()
                .map(|c| format!("{} ({})", c.name, kind_phrase(c.kind)))
                .collect();
            sheet.note(format!("{number} is {}.", meanings.join(" and ")));
            sheet.note(
                "errno is set by system calls, EAI codes are returned by getaddrinfo and \
                 getnameinfo, h_errno is set by gethostbyname and gethostbyaddr.",
            );
        }
        vec![sheet]
    }
}

fn kind_phrase(kind: CodeKind) -> &'static str {
    match kind {
        CodeKind::Errno => "errno",
        CodeKind::Gai => "EAI",
        CodeKind::Herror => "h_errno",
    }
}

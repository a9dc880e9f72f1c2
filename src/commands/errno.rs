//! `sockref errno`: errno values, EAI_* codes and h_errno codes by name or number, with the
//! platform's own message and what the code means in socket work.
//!
//! The three kinds of code share numbers: errno 2 is ENOENT and h_errno 2 is TRY_AGAIN,
//! and glibc's EAI codes are negative (-2 is EAI_NONAME, which Python prints as
//! `[Errno -2]`). A number therefore shows every code that has it, each with its kind,
//! unless `--kind` picks one.

use serde::Serialize;

use crate::cli::{ErrnoArgs, ErrnoKindArg};
use crate::error::{Error, Result};
use crate::reference::errors::{EAI, ERRNO, HERROR, python_class};
use crate::reference::{ConstantGroup, error_note};
use crate::report::Report;
use crate::socket_module::parse::parse_int;
use crate::socket_module::pyargs::PyArg;
use crate::sys::errors::{gai_message, herror_message, strerror};

/// Which table a code comes from, named as Python names the exception that carries it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum CodeKind {
    /// An errno value, strerror(3); Python's `OSError`.
    #[serde(rename = "errno")]
    Errno,
    /// A getaddrinfo(3) code, gai_strerror(3); Python's `socket.gaierror`.
    #[serde(rename = "gaierror")]
    Gai,
    /// An h_errno code, hstrerror(3); Python's `socket.herror`.
    #[serde(rename = "herror")]
    Herror,
}

impl CodeKind {
    /// Every kind, in the order `--list` shows them.
    pub const ALL: [CodeKind; 3] = [CodeKind::Errno, CodeKind::Gai, CodeKind::Herror];

    /// The name used in JSON and tables: `errno`, `gaierror`, `herror`.
    pub fn label(self) -> &'static str {
        match self {
            CodeKind::Errno => "errno",
            CodeKind::Gai => "gaierror",
            CodeKind::Herror => "herror",
        }
    }

    fn group(self) -> &'static ConstantGroup {
        match self {
            CodeKind::Errno => &ERRNO,
            CodeKind::Gai => &EAI,
            CodeKind::Herror => &HERROR,
        }
    }

    /// The platform's words for `code` of this kind.
    fn message(self, code: i32) -> String {
        match self {
            CodeKind::Errno => strerror(code),
            CodeKind::Gai => gai_message(code),
            CodeKind::Herror => herror_message(code),
        }
    }

    /// The `--kind` word for this kind.
    fn arg(self) -> &'static str {
        match self {
            CodeKind::Errno => "errno",
            CodeKind::Gai => "eai",
            CodeKind::Herror => "herror",
        }
    }

    /// How the kind is named in a "no such code" line.
    fn noun(self) -> &'static str {
        match self {
            CodeKind::Errno => "errno value",
            CodeKind::Gai => "EAI code",
            CodeKind::Herror => "h_errno code",
        }
    }
}

impl From<ErrnoKindArg> for CodeKind {
    fn from(kind: ErrnoKindArg) -> Self {
        match kind {
            ErrnoKindArg::Errno => CodeKind::Errno,
            ErrnoKindArg::Eai => CodeKind::Gai,
            ErrnoKindArg::Herror => CodeKind::Herror,
        }
    }
}

/// One error code: one entry per number and kind, its other names as aliases.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ErrorCode {
    pub kind: CodeKind,
    /// The first name of the number (`EAGAIN`).
    pub name: &'static str,
    pub number: i32,
    /// The platform's message: strerror, gai_strerror or hstrerror.
    pub message: String,
    /// Other names of the same number (`EWOULDBLOCK`).
    pub aliases: Vec<&'static str>,
    /// The exception Python raises for it: an OSError subclass by errno (PEP 3151),
    /// `socket.gaierror` for EAI codes, `socket.herror` for h_errno codes.
    pub python: &'static str,
    /// The socket calls that return it; empty where sockref has no note.
    pub calls: &'static [&'static str],
    /// The usual cause in socket work; empty where sockref has no note.
    pub cause: &'static str,
}

impl ErrorCode {
    /// Whether `word` (already lowercase) occurs in the name, an alias, the message or the
    /// cause, ignoring case.
    fn mentions(&self, word: &str) -> bool {
        std::iter::once(self.name)
            .chain(self.aliases.iter().copied())
            .chain([self.message.as_str(), self.cause])
            .any(|text| text.to_lowercase().contains(word))
    }

    fn is_named(&self, name: &str) -> bool {
        std::iter::once(&self.name)
            .chain(&self.aliases)
            .any(|n| n.eq_ignore_ascii_case(name))
    }
}

/// The answer of `errno`.
#[derive(Debug, Clone, Serialize)]
pub struct ErrnoReport {
    pub errors: Vec<ErrorCode>,
    /// The number asked for, when the question was a number (for the table's notes).
    #[serde(skip)]
    pub number: Option<i128>,
}

impl Report for ErrnoReport {}

/// Every code of the given kinds, in table order, aliases folded into their first name.
pub fn table(kinds: &[CodeKind]) -> Vec<ErrorCode> {
    let mut codes: Vec<ErrorCode> = Vec::new();
    for &kind in kinds {
        let start = codes.len();
        for member in kind.group().members {
            let Ok(number) = i32::try_from(member.value) else {
                continue;
            };
            if let Some(first) = codes[start..].iter_mut().find(|c| c.number == number) {
                first.aliases.push(member.name);
                continue;
            }
            let note = error_note(member.name);
            codes.push(ErrorCode {
                kind,
                name: member.name,
                number,
                message: kind.message(number),
                aliases: Vec::new(),
                python: match kind {
                    CodeKind::Errno => python_class(number),
                    CodeKind::Gai => "socket.gaierror",
                    CodeKind::Herror => "socket.herror",
                },
                calls: note.map_or(&[], |n| n.calls),
                cause: note.map_or("", |n| n.cause),
            });
        }
    }
    codes
}

/// Runs `errno`.
pub fn run(args: &ErrnoArgs) -> Result<ErrnoReport> {
    let kinds: Vec<CodeKind> = match args.kind {
        Some(kind) => vec![kind.into()],
        None => CodeKind::ALL.to_vec(),
    };
    if args.list {
        return Ok(ErrnoReport {
            errors: table(&kinds),
            number: None,
        });
    }
    if let Some(word) = &args.search {
        return search(word, &kinds);
    }
    match &args.query {
        Some(query) => lookup(query, &kinds),
        None => Err(Error::input(
            "errno",
            "",
            "give a NAME or NUMBER, --list or --search WORD",
        )),
    }
}

/// The codes named `query` (any case) or numbered `query` (any radix, any sign).
pub fn lookup(query: &str, kinds: &[CodeKind]) -> Result<ErrnoReport> {
    let text = query.trim();
    if text.is_empty() {
        return Err(Error::input(
            "errno",
            PyArg::Str(query.to_string()).to_string(),
            "empty name or number",
        ));
    }
    let codes = table(kinds);
    let (errors, number, what) = match parse_int(text) {
        Ok(n) => (
            codes
                .into_iter()
                .filter(|c| i128::from(c.number) == n)
                .collect::<Vec<_>>(),
            Some(n),
            "number",
        ),
        // Digits that overflow are still a number; anything else (`1x`) is a name.
        Err(_) if all_digits(text) => (Vec::new(), None, "number"),
        Err(_) => (
            codes.into_iter().filter(|c| c.is_named(text)).collect(),
            None,
            "name",
        ),
    };
    if errors.is_empty() {
        let input = match what {
            "number" => text.to_string(),
            _ => PyArg::Str(text.to_string()).to_string(),
        };
        return Err(not_found(
            &with_kind(input, kinds),
            format!("no {} has that {what}", nouns(kinds)),
        ));
    }
    Ok(ErrnoReport { errors, number })
}

/// The codes whose name, message or cause contains `word`, ignoring case.
pub fn search(word: &str, kinds: &[CodeKind]) -> Result<ErrnoReport> {
    let input = with_kind(format!("search={}", PyArg::Str(word.to_string())), kinds);
    let needle = word.trim().to_lowercase();
    if needle.is_empty() {
        return Err(Error::input("errno", input, "the search word is empty"));
    }
    let errors: Vec<ErrorCode> = table(kinds)
        .into_iter()
        .filter(|c| c.mentions(&needle))
        .collect();
    if errors.is_empty() {
        return Err(not_found(
            &input,
            format!("no {}'s name, message or cause mentions it", nouns(kinds)),
        ));
    }
    Ok(ErrnoReport {
        errors,
        number: None,
    })
}

/// A decimal number, perhaps signed, perhaps too large for any code.
fn all_digits(text: &str) -> bool {
    let digits = text.strip_prefix(['-', '+']).unwrap_or(text);
    !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit())
}

/// `errno, EAI or h_errno code` for all kinds, or the one kind's noun.
fn nouns(kinds: &[CodeKind]) -> &'static str {
    match kinds {
        [one] => one.noun(),
        _ => "errno, EAI or h_errno code",
    }
}

fn with_kind(input: String, kinds: &[CodeKind]) -> String {
    match kinds {
        [one] => format!("{input}, kind={}", one.arg()),
        _ => input,
    }
}

fn not_found(input: &str, message: String) -> Error {
    Error::not_in_reference("errno", input.to_string(), message)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sys::constants::EAI_ADDRFAMILY;

    fn found(query: &str, kinds: &[CodeKind]) -> Vec<(CodeKind, &'static str, i32)> {
        lookup(query, kinds)
            .map(|r| r.errors)
            .unwrap_or_default()
            .into_iter()
            .map(|c| (c.kind, c.name, c.number))
            .collect()
    }

    #[test]
    fn names_in_any_case() {
        let refused = vec![(CodeKind::Errno, "ECONNREFUSED", libc::ECONNREFUSED)];
        assert_eq!(found("ECONNREFUSED", &CodeKind::ALL), refused);
        assert_eq!(found("econnrefused", &CodeKind::ALL), refused);
        assert_eq!(
            found("eai_noname", &CodeKind::ALL),
            vec![(CodeKind::Gai, "EAI_NONAME", libc::EAI_NONAME)]
        );
        assert_eq!(
            found("HOST_NOT_FOUND", &CodeKind::ALL),
            vec![(CodeKind::Herror, "HOST_NOT_FOUND", 1)]
        );
    }

    #[test]
    fn a_positive_number_is_errno_and_h_errno() {
        assert_eq!(
            found("2", &CodeKind::ALL),
            vec![
                (CodeKind::Errno, "ENOENT", libc::ENOENT),
                (CodeKind::Herror, "TRY_AGAIN", 2)
            ]
        );
        assert_eq!(
            found("0x2", &[CodeKind::Errno]),
            vec![(CodeKind::Errno, "ENOENT", libc::ENOENT)]
        );
        assert_eq!(found("111", &CodeKind::ALL).len(), 1);
    }

    #[test]
    fn a_negative_number_is_an_eai_code() {
        assert_eq!(
            found("-2", &CodeKind::ALL),
            vec![(CodeKind::Gai, "EAI_NONAME", libc::EAI_NONAME)]
        );
        assert_eq!(
            found("-9", &CodeKind::ALL),
            vec![(CodeKind::Gai, "EAI_ADDRFAMILY", EAI_ADDRFAMILY)]
        );
        assert!(found("-2", &[CodeKind::Errno]).is_empty());
        // h_errno has one negative value of its own, NETDB_INTERNAL.
        assert_eq!(
            found("-1", &CodeKind::ALL),
            vec![
                (CodeKind::Gai, "EAI_BADFLAGS", libc::EAI_BADFLAGS),
                (CodeKind::Herror, "NETDB_INTERNAL", -1)
            ]
        );
    }

    #[test]
    fn aliases_fold_into_one_entry() {
        let codes = lookup("EWOULDBLOCK", &CodeKind::ALL)
            .map(|r| r.errors)
            .unwrap_or_default();
        assert_eq!(codes.len(), 1);
        assert_eq!(codes[0].name, "EAGAIN");
        assert_eq!(codes[0].aliases, vec!["EWOULDBLOCK"]);
        assert_eq!(found("no_address", &CodeKind::ALL)[0].1, "NO_DATA");
        assert_eq!(found("ENOTSUP", &CodeKind::ALL)[0].1, "EOPNOTSUPP");
        let all = table(&CodeKind::ALL);
        let mut keys: Vec<_> = all.iter().map(|c| (c.kind.label(), c.number)).collect();
        keys.sort_unstable();
        let before = keys.len();
        keys.dedup();
        assert_eq!(before, keys.len(), "one entry per kind and number");
    }

    #[test]
    fn unknown_and_malformed_questions() {
        let status = |q: &str| {
            lookup(q, &CodeKind::ALL)
                .err()
                .map(|e| e.exit_status().code())
        };
        assert_eq!(status("EFOO"), Some(1));
        assert_eq!(status("1x"), Some(1));
        assert_eq!(status("99999"), Some(1));
        assert_eq!(status(&"9".repeat(60)), Some(1));
        assert_eq!(status(""), Some(2));
        assert_eq!(status("  "), Some(2));
        let line = lookup("EFOO", &CodeKind::ALL).err().map(|e| e.to_string());
        assert_eq!(
            line.as_deref(),
            Some("errno(\"EFOO\"): no errno, EAI or h_errno code has that name")
        );
        let line = lookup("-2", &[CodeKind::Errno])
            .err()
            .map(|e| e.to_string());
        assert_eq!(
            line.as_deref(),
            Some("errno(-2, kind=errno): no errno value has that number")
        );
    }

    #[test]
    fn search_covers_names_messages_and_causes() {
        let names = |word: &str| -> Vec<&str> {
            search(word, &CodeKind::ALL)
                .map(|r| r.errors.into_iter().map(|c| c.name).collect())
                .unwrap_or_default()
        };
        assert!(names("REFUSED").contains(&"ECONNREFUSED"));
        assert!(names("time_wait").contains(&"EADDRINUSE"));
        assert!(names("wouldblock").contains(&"EAGAIN"));
        assert!(names("nxdomain").contains(&"HOST_NOT_FOUND"));
        assert!(search("", &CodeKind::ALL).is_err());
        assert!(search("no such words anywhere", &CodeKind::ALL).is_err());
    }

    #[test]
    fn every_kind_is_listed_in_order_with_platform_messages() {
        let all = table(&CodeKind::ALL);
        let first_of = |k: CodeKind| all.iter().position(|c| c.kind == k);
        assert!(first_of(CodeKind::Errno) < first_of(CodeKind::Gai));
        assert!(first_of(CodeKind::Gai) < first_of(CodeKind::Herror));
        assert!(all.iter().all(|c| !c.message.is_empty()));
        let refused = all.iter().find(|c| c.name == "ECONNREFUSED");
        assert_eq!(
            refused.map(|c| c.message.as_str()),
            Some("Connection refused")
        );
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(300))]

        #[test]
        fn no_question_panics(s in "\\PC{0,40}|[-+0-9a-fA-FxXoObB_]{0,50}") {
            for kinds in [&CodeKind::ALL[..], &[CodeKind::Gai]] {
                let _ = lookup(&s, kinds);
                let _ = search(&s, kinds);
            }
        }
    }
}

//! What the argument parser has to say, in sockref's own form: `--help` and `--version`
//! written to stdout (a failed write is exit 2, as for any report), and every usage error
//! as one `sockref: ...` line with at most one hint line, or one compact JSON object with
//! `"kind": "usage"` when the command line asked for JSON (DESIGN.md section 4).

use std::ffi::OsString;

use clap::error::{ContextKind, ContextValue, ErrorKind as ClapKind};

use crate::error::Error;

/// How the parser's answer ends the program.
pub enum Outcome {
    /// Help or version text for stdout, exit 0.
    Text(String),
    /// Help shown because nothing was asked; stderr, exit 2.
    HelpOnStderr(String),
    /// A usage error.
    Error(Error),
}

/// Sorts a parser error into help, version, or a usage error.
pub fn outcome(e: &clap::Error) -> Outcome {
    let rendered = e.render().to_string();
    match e.kind() {
        ClapKind::DisplayHelp | ClapKind::DisplayVersion => Outcome::Text(rendered),
        ClapKind::DisplayHelpOnMissingArgumentOrSubcommand => Outcome::HelpOnStderr(rendered),
        _ => Outcome::Error(usage_error(e, &rendered)),
    }
}

/// clap's first paragraph on one line, without its `error: ` prefix; the value at fault
/// taken from the error's context rather than from the rendered text, which has had
/// escape sequences stripped (the renderer escapes it instead). The hint is clap's `tip:`
/// line, else its list of possible values, else its "For more information" line.
fn usage_error(e: &clap::Error, rendered: &str) -> Error {
    let mut paragraphs = rendered
        .split("\n\n")
        .map(str::trim)
        .filter(|p| !p.is_empty());
    let first = paragraphs.next().unwrap_or("invalid command line");
    let mut lines = first.lines().map(str::trim);
    let mut message = lines.next().unwrap_or_default().to_string();
    let mut possible = None;
    for line in lines {
        if line.starts_with("[possible values") {
            possible = Some(line.to_string());
        } else {
            message.push(' ');
            message.push_str(line);
        }
    }
    let message = message
        .strip_prefix("error: ")
        .unwrap_or(&message)
        .to_string();
    let message = with_raw_value(e, message);
    let rest: Vec<&str> = paragraphs.flat_map(str::lines).map(str::trim).collect();
    let hint = rest
        .iter()
        .find(|l| l.starts_with("tip:"))
        .map(|l| l.to_string())
        .or(possible)
        .or_else(|| {
            rest.iter()
                .find(|l| l.starts_with("For more information"))
                .map(|l| l.to_string())
        });
    Error::Usage { message, hint }
}

/// Puts the invalid value back as the user typed it, where the rendering lost part of it.
fn with_raw_value(e: &clap::Error, message: String) -> String {
    let (Some(ContextValue::String(arg)), Some(ContextValue::String(value))) = (
        e.get(ContextKind::InvalidArg),
        e.get(ContextKind::InvalidValue),
    ) else {
        return message;
    };
    if message.contains(&format!("'{value}'")) {
        return message;
    }
    let reason = message
        .split_once(&format!("'{arg}': "))
        .map(|(_, r)| format!(": {r}"))
        .unwrap_or_default();
    format!("invalid value '{value}' for '{arg}'{reason}")
}

/// Whether the raw command line asks for JSON (`--json`, `--format json`,
/// `--format=json`), looked for before parsing so that a usage error can answer in kind.
pub fn wants_json(args: &[OsString]) -> bool {
    let mut words = args.iter().skip(1).map(|a| a.to_string_lossy());
    while let Some(word) = words.next() {
        match word.as_ref() {
            "--" => return false,
            "--json" | "--format=json" => return true,
            "--format" if words.next().is_some_and(|v| v == "json") => return true,
            _ => {}
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cli::Cli;
    use clap::Parser;

    fn parse(args: &[&str]) -> Outcome {
        match Cli::try_parse_from(args) {
            Ok(_) => panic!("{args:?} parsed"),
            Err(e) => outcome(&e),
        }
    }

    #[test]
    fn usage_errors_are_one_line_and_a_hint() {
        let Outcome::Error(Error::Usage { message, hint }) = parse(&["sockref", "--frobnicate"])
        else {
            panic!("not a usage error");
        };
        assert_eq!(message, "unexpected argument '--frobnicate' found");
        assert!(hint.is_some_and(|h| !h.contains('\n')));
        let Outcome::Error(Error::Usage { message, .. }) =
            parse(&["sockref", "--timeout", "0", "hostname"])
        else {
            panic!("not a usage error");
        };
        assert!(message.contains("--timeout"), "{message}");
        let Outcome::Error(Error::Usage { message, hint }) =
            parse(&["sockref", "--color", "\x1b]0;x\x07", "htons", "1"])
        else {
            panic!("not a usage error");
        };
        assert!(message.contains("'\x1b]0;x\x07'"), "{message}");
        assert!(hint.is_some_and(|h| h.contains("possible values")));
        let Outcome::Error(Error::Usage { message, .. }) = parse(&["sockref", "htons"]) else {
            panic!("not a usage error");
        };
        assert!(message.contains("<X>"), "{message}");
    }

    #[test]
    fn help_and_version_are_answers() {
        assert!(matches!(parse(&["sockref", "--help"]), Outcome::Text(_)));
        assert!(matches!(parse(&["sockref", "--version"]), Outcome::Text(_)));
        assert!(matches!(parse(&["sockref"]), Outcome::HelpOnStderr(_)));
    }

    #[test]
    fn json_is_found_before_parsing() {
        let args = |a: &[&str]| a.iter().map(OsString::from).collect::<Vec<_>>();
        assert!(wants_json(&args(&["sockref", "htons", "x", "--json"])));
        assert!(wants_json(&args(&["sockref", "--format", "json", "x"])));
        assert!(wants_json(&args(&["sockref", "--format=json"])));
        assert!(!wants_json(&args(&["sockref", "resolve", "--", "--json"])));
        assert!(!wants_json(&args(&["sockref", "--format", "tsv"])));
    }
}

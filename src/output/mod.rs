//! Turning reports into bytes: tables for people, JSON and TSV for programs. The only code
//! that writes to stdout and stderr.

pub mod escape;
mod fit;
pub mod reference_md;
pub mod sheet;
mod table;
mod tsv;
mod views;

use std::io::{self, IsTerminal, Write};

use serde_json::Value;

use crate::error::Error;
use crate::report::Report;
pub use fit::wrap_words;
pub use sheet::{Cell, Sheet, Tone};

/// The output format chosen on the command line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Table,
    Json,
    Tsv,
}

/// Everything the writers need to know about where output goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Style {
    pub format: Format,
    /// ASCII borders instead of UTF-8 box drawing.
    pub ascii: bool,
    /// ANSI colour and bold.
    pub color: bool,
    /// Whether stdout is a terminal (tables then wrap to its width).
    pub terminal: bool,
    /// The width tables wrap to on a terminal: its own, else `COLUMNS`, else 80.
    pub width: u16,
    /// Tables or records, as `--layout` says.
    pub layout: Layout,
}

/// How rows are laid out, as given by `--layout`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Layout {
    /// On a terminal, a table when it fits without splitting a word, else records; piped,
    /// a full-width table.
    Auto,
    /// Always a table (on a terminal, words are split if they must be).
    Table,
    /// Always records: one block of `field  value` lines per row.
    Records,
}

/// When to colour, as given by `--color`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
}

impl Style {
    /// Resolves the user's choices against the environment: colour in `auto` mode only on
    /// a terminal, with `NO_COLOR` unset and `TERM` not `dumb`; ASCII whenever not on a
    /// terminal.
    pub fn detect(format: Format, ascii: bool, color: ColorChoice) -> Style {
        let terminal = io::stdout().is_terminal();
        let env_allows = std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
            && std::env::var_os("TERM").is_none_or(|t| t != "dumb");
        let color = match color {
            ColorChoice::Always => true,
            ColorChoice::Never => false,
            ColorChoice::Auto => terminal && env_allows,
        };
        Style {
            format,
            ascii: ascii || !terminal,
            color: color && format == Format::Table,
            terminal,
            width: terminal_width(),
            layout: Layout::Auto,
        }
    }
}

/// The terminal's columns; a terminal that reports none (0x0) is treated as unknown:
/// `COLUMNS` if it holds a positive number, else 80.
pub(crate) fn terminal_width() -> u16 {
    crate::sys::terminal::stdout_columns()
        .or_else(|| {
            std::env::var("COLUMNS")
                .ok()
                .and_then(|c| c.trim().parse::<u16>().ok())
                .filter(|&c| c > 0)
        })
        .unwrap_or(80)
}

/// What the writers need of a report beyond its JSON and exit status ([`Report`]).
pub trait Render: Report {
    /// The tables for people and for `--format tsv`.
    fn sheets(&self) -> Vec<Sheet>;
    /// Whether the command streams (`echo --serve`): under `--json` its report is then the
    /// last line of a JSON Lines stream, compact like the lines before it.
    fn streams(&self) -> bool {
        false
    }
    /// Bytes to write verbatim in every format (a completion script); `None` for reports.
    fn raw(&self) -> Option<&[u8]> {
        None
    }
    /// Text to write as is for people, in table and TSV formats, while `--json` still gives
    /// the report (a program of `--code`); `None` for reports.
    fn text(&self) -> Option<&str> {
        None
    }
}

/// Renders a report in the chosen format.
pub fn render(report: &dyn Render, style: &Style) -> Result<Vec<u8>, Error> {
    if let Some(raw) = report.raw() {
        return Ok(raw.to_vec());
    }
    if let Some(text) = report.text().filter(|_| style.format != Format::Json) {
        return Ok(text.as_bytes().to_vec());
    }
    Ok(match style.format {
        Format::Json => {
            let value = report
                .to_json()
                .map_err(|e| Error::Output(format!("JSON: {e}")))?;
            if report.streams() {
                json_line(&value).into_bytes()
            } else {
                json_bytes(&value)
            }
        }
        Format::Table => table::render(&report.sheets(), style).into_bytes(),
        Format::Tsv => tsv::render(&report.sheets()).into_bytes(),
    })
}

/// Writes a report to stdout. A closed pipe is not an error: the reader has what it
/// wanted (`sockref const | head -1`), so the caller ends quietly.
pub fn write_report(report: &dyn Render, style: &Style) -> Result<(), Error> {
    let bytes = render(report, style)?;
    let mut out = io::stdout().lock();
    match out.write_all(&bytes).and_then(|()| out.flush()) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => Ok(()),
        Err(e) => Err(Error::Output(e.to_string())),
    }
}

/// Writes what a long-running command says before its report ([`Progress`]) in the
/// chosen format.
///
/// [`Progress`]: crate::commands::Progress
#[derive(Debug, Clone, Copy)]
pub struct LiveOutput {
    pub style: Style,
}

impl crate::commands::Progress for LiveOutput {
    /// A one-line report: its first sheet's title, or one compact JSON object under
    /// `--json`; flushed at once, since a script may be waiting for it. A closed pipe is
    /// ignored, as in [`write_report`].
    fn announce(&self, report: &dyn Render) {
        let mut line = match self.style.format {
            Format::Json => report
                .to_json()
                .ok()
                .map(|v| escape::escape_json_text(&v.to_string()))
                .unwrap_or_default(),
            Format::Table | Format::Tsv => report
                .sheets()
                .first()
                .and_then(|s| s.title.as_deref())
                .map(escape::escape_str)
                .unwrap_or_default(),
        };
        line.push('\n');
        let mut out = io::stdout().lock();
        let _ = out.write_all(line.as_bytes()).and_then(|()| out.flush());
    }

    /// `sockref: warning: ...`, or `{"warning": "..."}` under `--json`.
    fn warn(&self, message: &str) {
        let text = match self.style.format {
            Format::Json => json_line(&serde_json::json!({ "warning": message })),
            _ => format!("sockref: warning: {}\n", escape::escape_str(message)),
        };
        let _ = io::stderr().lock().write_all(text.as_bytes());
    }
}

/// Writes an error to stderr: one line (a usage error may add one hint line), or one
/// compact JSON object on one line under `--json`. Echoed input is escaped and overlong
/// words are cut, so that a hostile or huge argument stays inert and readable.
pub fn write_error(error: &Error, style: &Style) {
    let text = match style.format {
        Format::Json => json_line(&serde_json::to_value(error.to_json()).unwrap_or(Value::Null)),
        _ => {
            let mut text = format!("sockref: {}\n", escape::readable(&error.to_string()));
            if let Error::Usage {
                hint: Some(hint), ..
            } = error
            {
                text.push_str(&format!("{}\n", escape::readable(hint)));
            }
            text
        }
    };
    write_stderr(&text);
}

/// Writes text to stderr as it is; nothing sensible is left to do if stderr is gone.
pub fn write_stderr(text: &str) {
    let _ = io::stderr().lock().write_all(text.as_bytes());
}

/// Writes text the program itself made (help, version) to stdout. A closed pipe is not
/// an error; any other failed write is.
pub fn write_text(text: &str) -> Result<(), Error> {
    let mut out = io::stdout().lock();
    match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => Ok(()),
        Err(e) => Err(Error::Output(e.to_string())),
    }
}

/// A report's JSON document, pretty-printed, with terminal-active characters escaped.
fn json_bytes(value: &Value) -> Vec<u8> {
    // Serializing a Value into memory cannot fail: its keys are already strings.
    let text = serde_json::to_string_pretty(value).unwrap_or_default();
    let mut bytes = escape::escape_json_text(&text).into_bytes();
    bytes.push(b'\n');
    bytes
}

/// One compact JSON object on one line (errors, warnings, announcements).
fn json_line(value: &Value) -> String {
    format!("{}\n", escape::escape_json_text(&value.to_string()))
}

//! sockref: the socket API at your fingertips. Every lookup function of the socket module
//! as a real call into this machine's C library, printed as a table, JSON or TSV.
//!
//! Data flows one way: arguments ([`cli`]) → a command ([`commands`]) → safe system calls
//! ([`sys`]) → a report → [`output`]. Commands never print; the renderers never call the
//! system.
#![deny(unsafe_code)]

// sockref calls glibc's reentrant netdb functions (gethostbyname2_r, getservent_r, ...)
// and Linux socket options by their Linux values: say so at once elsewhere.
#[cfg(not(all(target_os = "linux", target_env = "gnu")))]
compile_error!(
    "sockref supports Linux with glibc only (target_os = \"linux\", target_env = \"gnu\")"
);

pub mod cli;
pub mod code;
pub mod commands;
pub mod complete;
pub mod deadline;
pub mod echo;
pub mod error;
pub mod exit;
pub mod output;
pub mod reference;
pub mod report;
pub mod socket_module;
pub mod sys;
pub mod text;
pub mod units;
pub mod usage;

use std::ffi::OsString;

use cli::{Cli, ColorArg, FormatArg, LayoutArg};
use commands::Context;
use error::Error;
use exit::ExitStatus;
use output::{ColorChoice, Format, Layout, Style};

/// Parses the command line and runs it; the exit status of the whole program.
pub fn main(args: Vec<OsString>) -> ExitStatus {
    if let Some(answer) = complete::answer_tab(&args) {
        return answer_tab(answer);
    }
    let parsed = cli::parse_quickly(&args).map_or_else(|| parse_whole(&args), Ok);
    match parsed {
        Ok(cli) => run(&cli),
        Err(e) => {
            let format = if usage::wants_json(&args) {
                Format::Json
            } else {
                Format::Table
            };
            let style = Style::detect(format, false, ColorChoice::Never);
            match usage::outcome(&e) {
                usage::Outcome::Text(text) => match output::write_text(&text) {
                    Ok(()) => ExitStatus::Success,
                    Err(error) => fail(&error, &style),
                },
                usage::Outcome::HelpOnStderr(text) => {
                    output::write_stderr(&text);
                    ExitStatus::Trouble
                }
                usage::Outcome::Error(error) => fail(&error, &style),
            }
        }
    }
}

/// Writes the candidates of a TAB for the shell's script to read; a failure is one line
/// on stderr, which the scripts discard, and exit 2.
fn answer_tab(answer: Result<Vec<u8>, Error>) -> ExitStatus {
    let style = Style::detect(Format::Table, false, ColorChoice::Never);
    match answer.and_then(|out| output::write_text(&String::from_utf8_lossy(&out))) {
        Ok(()) => ExitStatus::Success,
        Err(error) => fail(&error, &style),
    }
}

/// The command line parsed against the whole definition, which alone writes help and the
/// usage errors.
fn parse_whole(args: &[OsString]) -> Result<Cli, clap::Error> {
    use clap::FromArgMatches;
    cli::help::command()
        .try_get_matches_from(args)
        .and_then(|matches| Cli::from_arg_matches(&matches))
}

/// Runs a parsed command line to completion and returns the exit status.
pub fn run(cli: &Cli) -> ExitStatus {
    let style = style_of(cli);
    match answer(cli, &style) {
        Ok(status) => status,
        Err(error) => fail(&error, &style),
    }
}

fn answer(cli: &Cli, style: &Style) -> Result<ExitStatus, Error> {
    let progress = output::LiveOutput { style: *style };
    let ctx = Context {
        timeout: cli.global.timeout,
        progress: &progress,
    };
    let report = commands::run(&cli.command, &ctx)?;
    output::write_report(report.as_ref(), style)?;
    let status = report.exit_status();
    if status != ExitStatus::Success {
        for failure in report.failures() {
            output::write_error(&failure, style);
        }
    }
    Ok(status)
}

fn fail(error: &Error, style: &Style) -> ExitStatus {
    output::write_error(error, style);
    error.exit_status()
}

fn style_of(cli: &Cli) -> Style {
    let g = &cli.global;
    let format = match (g.json, g.format) {
        (true, _) | (false, FormatArg::Json) => Format::Json,
        (false, FormatArg::Tsv) => Format::Tsv,
        (false, FormatArg::Table) => Format::Table,
    };
    let color = match g.color {
        ColorArg::Auto => ColorChoice::Auto,
        ColorArg::Always => ColorChoice::Always,
        ColorArg::Never => ColorChoice::Never,
    };
    let layout = match g.layout {
        LayoutArg::Auto => Layout::Auto,
        LayoutArg::Table => Layout::Table,
        LayoutArg::Records => Layout::Records,
    };
    Style {
        layout,
        ..Style::detect(format, g.ascii, color)
    }
}

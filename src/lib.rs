//! sockref: the socket API at your fingertips. Every lookup function of the socket module
//! as a real call into this machine's C library, printed as a table, JSON or TSV.
//!
//! Data flows one way: arguments ([`cli`]) → a command ([`commands`]) → safe system calls
//! ([`sys`]) → a report → [`output`]. Commands never print; the renderers never call the
//! system.
#![deny(unsafe_code)]

pub mod cli;
pub mod commands;
pub mod deadline;
pub mod echo;
pub mod error;
pub mod exit;
pub mod output;
pub mod reference;
pub mod socket_module;
pub mod sys;
pub mod text;

use std::time::Duration;

use cli::{Cli, ColorArg, FormatArg};
use commands::Context;
use error::Error;
use exit::ExitStatus;
use output::{ColorChoice, Format, Style};

/// Runs a parsed command line to completion and returns the exit status.
pub fn run(cli: &Cli) -> ExitStatus {
    let style = style_of(cli);
    let outcome = timeout_of(&cli.global.timeout).and_then(|timeout| {
        let progress = output::LiveOutput { style };
        let ctx = Context {
            timeout,
            progress: &progress,
        };
        let report = commands::run(&cli.command, &ctx)?;
        output::write_report(report.as_ref(), &style)?;
        Ok(report.exit_status())
    });
    match outcome {
        Ok(status) => status,
        Err(error) => {
            output::write_error(&error, &style);
            error.exit_status()
        }
    }
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
    Style::detect(format, g.ascii, color)
}

/// `--timeout SECONDS`: a positive number of seconds, at most a day.
fn timeout_of(text: &str) -> Result<Duration, Error> {
    let seconds: f64 = text
        .trim()
        .parse()
        .map_err(|_| Error::input("--timeout", text, "not a number of seconds"))?;
    if !(seconds > 0.0 && seconds <= 86_400.0) {
        return Err(Error::input(
            "--timeout",
            text,
            "must be more than 0 and at most 86400 seconds",
        ));
    }
    Ok(Duration::from_secs_f64(seconds))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn timeouts() {
        assert_eq!(timeout_of("2.5").ok(), Some(Duration::from_millis(2500)));
        assert!(timeout_of("0").is_err());
        assert!(timeout_of("-1").is_err());
        assert!(timeout_of("NaN").is_err());
        assert!(timeout_of("inf").is_err());
        assert!(timeout_of("x").is_err());
    }
}

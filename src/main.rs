//! The `sockref` binary: parse, run, exit with grep's status convention.

use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    let cli = sockref::cli::Cli::parse();
    ExitCode::from(sockref::run(&cli).code())
}

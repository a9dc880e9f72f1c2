//! The `sockref` binary: parse, run, exit with grep's status convention.

use std::process::ExitCode;

fn main() -> ExitCode {
    ExitCode::from(sockref::main(std::env::args_os().collect()).code())
}

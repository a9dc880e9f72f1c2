//! `sockref echo`: the loopback echo pair and its other modes (DESIGN.md section 5). The
//! flags are decoded once into an [`EchoMode`]; each mode lives in a file of its own:
//! [`pair`] (the default), [`mod@bench`] (`--bench`, `--connections`), [`serve`] (`--serve`,
//! `--connect`), with what they read from the arguments alike in [`args`]. The engine is
//! [`crate::echo`].

pub mod args;
pub mod bench;
pub mod pair;
pub mod serve;

pub use pair::EchoReport;

use std::borrow::Cow;

use super::Context;
use crate::cli::EchoArgs;
use crate::echo::EchoStatus;
use crate::echo::connections::ConnectionMode;
use crate::error::{Error, Result};
use crate::output::Render;

/// What `echo` was asked to do. clap lets at most one mode flag through.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EchoMode<'a> {
    /// No mode flag: the echo pair over each transport asked for.
    Pair,
    /// `--bench`: latency and throughput.
    Bench,
    /// `--bench --connect ADDR`: the same against any echo server.
    BenchConnect(&'a str),
    /// `--connections`: these modes, first mention first, repeats dropped.
    Connections(Vec<ConnectionMode>),
    /// `--serve ADDR`: only a server.
    Serve(&'a str),
    /// `--connect ADDR`: only a client.
    Connect(&'a str),
}

/// The mode `args` ask for.
pub fn mode(args: &EchoArgs) -> EchoMode<'_> {
    if let (true, Some(addr)) = (args.bench, &args.connect) {
        EchoMode::BenchConnect(addr)
    } else if args.bench {
        EchoMode::Bench
    } else if !args.connections.is_empty() {
        EchoMode::Connections(args::connection_modes(&args.connections))
    } else if let Some(addr) = &args.serve {
        EchoMode::Serve(addr)
    } else if let Some(addr) = &args.connect {
        EchoMode::Connect(addr)
    } else {
        EchoMode::Pair
    }
}

/// Runs `echo` in the mode its flags ask for.
pub fn run(args: &EchoArgs, ctx: &Context) -> Result<Box<dyn Render>> {
    Ok(match mode(args) {
        EchoMode::Pair => Box::new(pair::sweep(args, ctx.timeout)),
        EchoMode::Bench => Box::new(bench::bench(args, ctx.timeout)?),
        EchoMode::BenchConnect(addr) => Box::new(bench::bench_connect(addr, args, ctx)?),
        EchoMode::Connections(modes) => Box::new(bench::connections(args, &modes, ctx.timeout)?),
        EchoMode::Serve(addr) => Box::new(serve::serve(addr, args, ctx)?),
        EchoMode::Connect(addr) => Box::new(serve::connect(addr, args, ctx)?),
    })
}

/// The failures of an echo report, one per failed row in order, each as the line "echo
/// (tcp4): client: ..." that stderr must carry when the exit status is 1: the rows keep
/// only their reasons' words.
fn failed_rows<'a>(
    call: &str,
    rows: impl Iterator<Item = (String, EchoStatus, Option<&'a String>)>,
) -> Vec<Cow<'a, Error>> {
    rows.filter(|(_, status, _)| *status == EchoStatus::Failed)
        .map(|(input, _, reason)| {
            let reason = reason.map_or("failed", String::as_str);
            Cow::Owned(Error::check_failed(call, input, reason))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cli::{Cli, Command};
    use clap::Parser;

    fn decodes(words: &[&str], want: EchoMode) {
        let cli = Cli::try_parse_from(["sockref", "echo"].iter().chain(words));
        match cli.as_ref().map(|c| &c.command) {
            Ok(Command::Echo(args)) => assert_eq!(mode(args), want, "{words:?}"),
            other => panic!("{words:?}: {other:?}"),
        }
    }

    #[test]
    fn each_flag_is_one_mode() {
        decodes(&[], EchoMode::Pair);
        decodes(&["--trace"], EchoMode::Pair);
        decodes(&["--bench"], EchoMode::Bench);
        let both = vec![ConnectionMode::Short, ConnectionMode::Long];
        decodes(
            &["--connections", "short,long,short"],
            EchoMode::Connections(both),
        );
        decodes(
            &["--connections"],
            EchoMode::Connections(vec![ConnectionMode::Long]),
        );
        decodes(&["--serve", "127.0.0.1:0"], EchoMode::Serve("127.0.0.1:0"));
        decodes(&["--connect", "[::1]:7"], EchoMode::Connect("[::1]:7"));
        let two = ["sockref", "echo", "--bench", "--serve", "127.0.0.1:0"];
        assert!(Cli::try_parse_from(two).is_err());
    }
}

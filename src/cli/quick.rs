//! The quick parse: a command line checked against the definition of its own subcommand
//! only.
//!
//! Building the whole definition (every subcommand's arguments, and the global options
//! copied into each of them) costs more than most lookups themselves: a single
//! `sockref htons 1` spent most of its instructions in it. So a command line is first
//! parsed against a definition holding the global options and the one subcommand it
//! names. Whenever that does not simply succeed (help, `--version`, a mistake, no
//! subcommand at all) the caller parses again with the whole definition, which alone
//! writes help and errors; a quick parse can thus only ever give what the whole one
//! gives, which the tests check command line by command line.

use std::ffi::OsString;

use clap::{Args, FromArgMatches};

use super::{Cli, GlobalArgs, subcommand};

/// `args` parsed against its subcommand alone, or `None` when the whole definition must
/// decide.
pub fn parse_quickly(args: &[OsString]) -> Option<Cli> {
    // The settings of `Cli` that change what a subcommand accepts: with the version
    // propagated, `htons -V` is a request for it, not the value of `x`.
    let root = GlobalArgs::augment_args(clap::Command::new("sockref"))
        .version(env!("CARGO_PKG_VERSION"))
        .propagate_version(true)
        .subcommand_required(true)
        .disable_help_subcommand(true);
    let name = subcommand_name(&root, args)?;
    let root = root.subcommand(subcommand(name)?);
    let matches = root.try_get_matches_from(args).ok()?;
    Cli::from_arg_matches(&matches).ok()
}

/// The first word of `args` (after the program's name) that is neither a global option
/// nor its value: the subcommand's name, if it is valid UTF-8.
fn subcommand_name<'a>(root: &clap::Command, args: &'a [OsString]) -> Option<&'a str> {
    let mut words = args.iter().skip(1);
    while let Some(word) = words.next() {
        let word = word.to_str()?;
        if word == "--" {
            return None;
        }
        if !word.starts_with('-') {
            return Some(word);
        }
        // `--timeout 2` takes the next word; `--timeout=2` and flags do not.
        let takes_value = word.strip_prefix("--").is_some_and(|long| {
            root.get_arguments()
                .any(|a| a.get_long() == Some(long) && a.get_action().takes_values())
        });
        if takes_value {
            words.next();
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::Parser;

    fn os(words: &[&str]) -> Vec<OsString> {
        words.iter().map(OsString::from).collect()
    }

    /// Both parses of `words`: the quick one and the whole one, as their Debug text.
    fn both(words: &[&str]) -> (Option<String>, Option<String>) {
        let args = os(words);
        let quick = parse_quickly(&args).map(|c| format!("{c:?}"));
        let whole = Cli::try_parse_from(&args).ok().map(|c| format!("{c:?}"));
        (quick, whole)
    }

    /// Command lines of every shape: globals before and after, `=` values, unit
    /// subcommands, mirrors with underscores, and mistakes.
    const COMMAND_LINES: &[&[&str]] = &[
        &["sockref", "htons", "1"],
        &["sockref", "--json", "htons", "0x10"],
        &["sockref", "service", "https", "--format", "tsv"],
        &["sockref", "--timeout", "2", "resolve", "localhost", "-4"],
        &[
            "sockref",
            "--timeout=250ms",
            "reverse",
            "127.0.0.1",
            "--json",
        ],
        &["sockref", "--color", "never", "inet", "::1"],
        &["sockref", "hostname", "--ascii"],
        &["sockref", "gethostname"],
        &["sockref", "const", "SO_*BUF", "--json"],
        &["sockref", "errno", "ECONNREFUSED"],
        &["sockref", "gethostbyname_ex", "localhost"],
        &[
            "sockref",
            "create_connection",
            "localhost:9",
            "--source",
            "127.0.0.1",
        ],
        &[
            "sockref",
            "echo",
            "--bench",
            "--duration",
            "0.1",
            "--transport",
            "tcp4",
        ],
        &[
            "sockref",
            "echo",
            "--serve",
            "127.0.0.1:0",
            "--connect",
            "x",
        ],
        &[
            "sockref",
            "sockopt",
            "--set",
            "SO_RCVBUF=4096",
            "--connected",
        ],
        &[
            "sockref",
            "getaddrinfo",
            "localhost",
            "80",
            "--flags",
            "AI_CANONNAME",
        ],
        &["sockref", "completions", "bash"],
        &["sockref", "backlog", "5000"],
        &["sockref", "htons", "1", "2"],
        &["sockref", "resolve", "--jobs", "0", "x"],
    ];

    #[test]
    fn a_quick_parse_gives_what_the_whole_one_gives() {
        let lines = COMMAND_LINES;
        for words in lines {
            // Valid lines parse the same both ways; a mistake fails both (and the whole
            // parse alone then writes the error).
            let (quick, whole) = both(words);
            assert_eq!(quick, whole, "{words:?}");
        }
        assert!(both(&["sockref", "htons", "1"]).0.is_some());
    }

    #[test]
    fn every_subcommand_alone_has_the_arguments_of_the_whole_definition() {
        use clap::CommandFactory;
        let whole = Cli::command();
        let ids = |c: &clap::Command| {
            let mut ids: Vec<String> = c.get_arguments().map(|a| a.get_id().to_string()).collect();
            ids.sort();
            ids
        };
        let mut seen = 0;
        for sub in whole.get_subcommands() {
            let alone = subcommand(sub.get_name())
                .unwrap_or_else(|| panic!("no quick definition of {}", sub.get_name()));
            assert_eq!(ids(&alone), ids(sub), "{}", sub.get_name());
            seen += 1;
        }
        assert!(seen >= 36, "{seen} subcommands");
    }

    #[test]
    fn help_version_and_mistakes_go_to_the_whole_definition() {
        for words in [
            &["sockref"][..],
            &["sockref", "--help"],
            &["sockref", "--version"],
            &["sockref", "htons", "--help"],
            &["sockref", "htons", "-V"],
            &["sockref", "help", "htons"],
            &["sockref", "htonz", "1"],
            &["sockref", "htons"],
            &["sockref", "--timeout", "0", "htons", "1"],
            &["sockref", "--", "htons", "1"],
        ] {
            assert!(parse_quickly(&os(words)).is_none(), "{words:?}");
        }
    }

    #[test]
    fn the_subcommand_is_found_past_global_options_and_their_values() {
        let root = GlobalArgs::augment_args(clap::Command::new("sockref"));
        let name = |words: &[&str]| subcommand_name(&root, &os(words)).map(str::to_string);
        assert_eq!(
            name(&["s", "--timeout", "2", "htons", "1"]).as_deref(),
            Some("htons")
        );
        assert_eq!(
            name(&["s", "--json", "--format", "tsv", "inet", "x"]).as_deref(),
            Some("inet")
        );
        assert_eq!(
            name(&["s", "--timeout=2", "htons"]).as_deref(),
            Some("htons")
        );
        assert_eq!(name(&["s", "--timeout"]), None);
    }
}

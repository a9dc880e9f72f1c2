//! The quick parse: a command line checked against the definition of its own subcommand
//! only.
//!
//! Building the whole definition (every subcommand's arguments, and the global options
//! copied into each of them) costs more than most lookups themselves: a single
//! `sockref htons 1` spent most of its instructions in it. So a command line is first
//! parsed against the one subcommand it names, with the global options among its own
//! arguments - which is where the whole definition puts them too - and any global option
//! written before the subcommand's name moved to just after it. That also spares the
//! whole parse's copying of every global value into the subcommand's matches.
//!
//! Whenever the quick parse does not simply succeed (help, `--version`, a mistake, no
//! subcommand at all, a global option given twice) the caller parses again with the
//! whole definition, which alone writes help and errors; a quick parse can thus only ever
//! give what the whole one gives, which the tests check command line by command line.

use std::ffi::OsString;

use clap::{Args, FromArgMatches};

use super::{Cli, GlobalArgs, command_from, subcommand};

/// `args` parsed against its subcommand alone, or `None` when the whole definition must
/// decide.
pub fn parse_quickly(args: &[OsString]) -> Option<Cli> {
    let globals = GlobalArgs::augment_args(clap::Command::new("sockref"));
    let at = subcommand_at(&globals, args)?;
    let name = args[at].to_str()?;
    // With the version propagated as `Cli` does, `htons -V` is a request for it, not the
    // value of `x`.
    let definition = GlobalArgs::augment_args(subcommand(name)?).version(env!("CARGO_PKG_VERSION"));
    // The subcommand's name, the global options written before it (parsed right after
    // the name, where nothing has yet been read that could take them as a value), then
    // the rest as written.
    let words = args[at..=at]
        .iter()
        .chain(&args[1..at])
        .chain(&args[at + 1..]);
    let matches = definition.try_get_matches_from(words).ok()?;
    Some(Cli {
        global: GlobalArgs::from_arg_matches(&matches).ok()?,
        command: command_from(name, &matches)?.ok()?,
    })
}

/// Where in `args` (after the program's name) the first word is that is neither a global
/// option nor its value: the subcommand's name. `None` when a word before it is anything
/// else (a short option, `--`, an unknown option): the whole definition decides those.
pub(crate) fn subcommand_at(globals: &clap::Command, args: &[OsString]) -> Option<usize> {
    let mut at = 1;
    while let Some(word) = args.get(at) {
        let word = word.to_str()?;
        if !word.starts_with('-') {
            return Some(at);
        }
        let (long, value) = match word.strip_prefix("--")?.split_once('=') {
            Some((long, _)) => (long, true),
            None => (word.strip_prefix("--")?, false),
        };
        let option = globals
            .get_arguments()
            .find(|a| a.get_long() == Some(long))?;
        // `--timeout 2` takes the next word; `--timeout=2` and flags do not.
        let takes_value = option.get_action().takes_values();
        if value && !takes_value {
            return None;
        }
        at += if takes_value && !value { 2 } else { 1 };
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
        &["sockref", "--json", "htons", "-1"],
        &["sockref", "--format", "tsv", "inet", "--", "-1"],
        &["sockref", "--ascii", "resolve", "a", "--json", "b"],
        &[
            "sockref",
            "--timeout",
            "1",
            "reverse",
            "::1",
            "--timeout",
            "2",
        ],
        &["sockref", "--json", "const", "--json", "AF_INET"],
        &["sockref", "--layout", "records", "hostname"],
    ];

    #[test]
    fn a_quick_parse_gives_what_the_whole_one_gives() {
        let lines = COMMAND_LINES;
        for words in lines {
            // Valid lines parse the same both ways; a mistake fails both (and the whole
            // parse alone then writes the error).
            let (quick, whole) = both(words);
            if quick.is_some() {
                assert_eq!(quick, whole, "{words:?}");
            }
            // Every valid line but those naming a global option twice is parsed quickly.
            let twice = words.iter().filter(|w| w.starts_with("--")).count()
                > words
                    .iter()
                    .filter(|w| w.starts_with("--"))
                    .collect::<std::collections::HashSet<_>>()
                    .len();
            assert_eq!(quick.is_some(), whole.is_some() && !twice, "{words:?}");
        }
    }

    /// Words that make command lines of every shape when put together at random: global
    /// options with and without values, subcommand names, values a positional or an
    /// option takes, look-alikes of options, help and version requests, mistakes.
    const WORDS: &[&str] = &[
        "--json",
        "--format",
        "tsv",
        "json",
        "--format=table",
        "--layout",
        "records",
        "--ascii",
        "--color",
        "never",
        "--timeout",
        "2",
        "--timeout=1ms",
        "--",
        "-V",
        "--help",
        "-h",
        "htons",
        "inet",
        "resolve",
        "service",
        "const",
        "connect",
        "getaddrinfo",
        "hostname",
        "-1",
        "1",
        "::1",
        "localhost",
        "--jobs",
        "-4",
        "--proto",
        "udp",
        "--all",
        "--flags",
        "AI_PASSIVE",
        "--bogus",
        "-",
    ];

    proptest::proptest! {
        #[test]
        fn a_quick_parse_never_differs_from_the_whole_one(
            picks in proptest::collection::vec(0..WORDS.len(), 0..8),
        ) {
            let words: Vec<&str> =
                std::iter::once("sockref").chain(picks.iter().map(|&i| WORDS[i])).collect();
            let (quick, whole) = both(&words);
            if quick.is_some() {
                proptest::prop_assert_eq!(quick, whole, "{:?}", words);
            }
        }
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
        let at = |words: &[&str]| subcommand_at(&root, &os(words));
        assert_eq!(at(&["s", "--timeout", "2", "htons", "1"]), Some(3));
        assert_eq!(
            at(&["s", "--json", "--format", "tsv", "inet", "x"]),
            Some(4)
        );
        assert_eq!(at(&["s", "--timeout=2", "htons"]), Some(2));
        assert_eq!(at(&["s", "--timeout"]), None);
        assert_eq!(at(&["s", "--json", "--", "htons"]), None);
        assert_eq!(at(&["s", "--all", "htons"]), None);
        assert_eq!(at(&["s", "-V", "htons"]), None);
        assert_eq!(at(&["s", "--json=1", "htons"]), None);
    }
}

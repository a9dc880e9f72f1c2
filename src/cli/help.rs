//! The top-level help, with the commands under headings: clap lists subcommands in one
//! flat block, and 36 of them in a row hide the few a newcomer wants.

use clap::CommandFactory;

use clap::Args;

use super::{Cli, GlobalArgs};

/// Every subcommand under its heading, in the order the help shows them.
pub const GROUPS: &[(&str, &[&str])] = &[
    (
        "Lookups",
        &[
            "resolve",
            "reverse",
            "hostname",
            "service",
            "proto",
            "byteorder",
            "inet",
            "interfaces",
        ],
    ),
    ("Reference", &["ref", "const", "errno"]),
    (
        "Sockets and experiments",
        &[
            "sockets",
            "sockopt",
            "keepalive",
            "connect",
            "backlog",
            "echo",
        ],
    ),
    (
        "Function mirrors (Python's socket module)",
        &[
            "gethostbyname",
            "gethostbyname_ex",
            "gethostbyaddr",
            "getaddrinfo",
            "getnameinfo",
            "gethostname",
            "getfqdn",
            "getservbyname",
            "getservbyport",
            "getprotobyname",
            "htons",
            "htonl",
            "ntohs",
            "ntohl",
            "inet_pton",
            "inet_ntop",
            "inet_aton",
            "inet_ntoa",
            "CMSG_LEN",
            "CMSG_SPACE",
            "has_ipv6",
            "has_dualstack_ipv6",
            "getsockopt",
            "setsockopt",
            "create_connection",
            "create_server",
            "socketpair",
            "send_fds",
            "if_nameindex",
            "if_nametoindex",
            "if_indextoname",
            "fromfd",
        ],
    ),
    ("Shell", &["completions"]),
];

/// The definition a TAB in `words` (the command line up to the word being completed) is
/// answered from: every value that is not a path says so, so that no shell offers file
/// names for `const <TAB>` or `--family <TAB>` (only `resolve --file` takes a path).
///
/// Once the words name a subcommand, only that one is built beside the global options,
/// as the quick parse does: building all 36 costs more than the rest of the answer.
pub fn for_completions(words: &[std::ffi::OsString]) -> clap::Command {
    fn mark(cmd: clap::Command) -> clap::Command {
        cmd.mut_args(|arg| {
            let path = arg
                .get_value_names()
                .is_some_and(|names| names.iter().any(|n| n.as_str() == "PATH"));
            let unknown = arg.get_value_hint() == clap::ValueHint::Unknown;
            // A value from a list (`--format`) completes from it already.
            let listed = !arg.get_possible_values().is_empty();
            if arg.get_action().takes_values() && unknown && !path && !listed {
                arg.value_hint(clap::ValueHint::Other)
            } else {
                arg
            }
        })
        .mut_subcommands(mark)
    }
    let globals = GlobalArgs::augment_args(clap::Command::new("sockref"));
    // The subcommand's name must come before the word being completed (the last).
    let named = super::quick::subcommand_at(&globals, words)
        .filter(|&at| at + 1 < words.len())
        .and_then(|at| super::subcommand(words[at].to_str()?));
    match named {
        Some(sub) => mark(
            globals
                .version(env!("CARGO_PKG_VERSION"))
                .propagate_version(true)
                .subcommand(sub),
        ),
        None => mark(Cli::command()),
    }
}

/// The whole command-line definition, with the grouped list of commands in its help.
pub fn command() -> clap::Command {
    let cmd = Cli::command();
    let template = format!(
        "{{about-with-newline}}\n{{usage-heading}} {{usage}}\n\n{}Options:\n{{options}}{{after-help}}",
        grouped(&cmd)
    );
    cmd.help_template(template)
}

/// The widest the list is written, as clap's own help (`max_term_width`).
const MAX_WIDTH: usize = 100;

/// The headings and their commands, each with its summary wrapped at words beside the
/// column of names, to the terminal's width (80 when it has none) or [`MAX_WIDTH`].
fn grouped(cmd: &clap::Command) -> String {
    let names = GROUPS
        .iter()
        .flat_map(|(_, names)| names.iter().map(|n| n.len()))
        .max()
        .unwrap_or(0);
    let width = usize::from(crate::output::terminal_width()).min(MAX_WIDTH);
    let mut text = String::new();
    for (heading, group) in GROUPS {
        text.push_str(heading);
        text.push_str(":\n");
        for name in *group {
            let about = cmd
                .find_subcommand(name)
                .and_then(|s| s.get_about())
                .map(|a| a.to_string())
                .unwrap_or_default();
            let lines = crate::output::wrap_words(&about, width.saturating_sub(names + 4).max(20));
            for (i, line) in lines.iter().enumerate() {
                let label = if i == 0 { *name } else { "" };
                text.push_str(&format!("  {label:names$}  {line}\n"));
            }
        }
        text.push('\n');
    }
    text.push_str("Run `sockref help COMMAND` or `sockref COMMAND --help` for one command.\n\n");
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_command_is_under_exactly_one_heading() {
        let cmd = Cli::command();
        let listed: Vec<&str> = GROUPS.iter().flat_map(|(_, n)| n.iter().copied()).collect();
        for sub in cmd.get_subcommands() {
            let times = listed.iter().filter(|n| **n == sub.get_name()).count();
            assert_eq!(times, 1, "{} is listed {times} times", sub.get_name());
        }
        assert_eq!(listed.len(), cmd.get_subcommands().count());
    }

    #[test]
    fn only_paths_complete_as_files() {
        let cmd = for_completions(&["sockref".into(), "".into()]);
        let hint = |sub: &str, id: &str| {
            cmd.find_subcommand(sub)
                .and_then(|s| s.get_arguments().find(|a| a.get_id() == id))
                .map(clap::Arg::get_value_hint)
        };
        assert_eq!(hint("resolve", "file"), Some(clap::ValueHint::AnyPath));
        assert_eq!(hint("const", "pattern"), Some(clap::ValueHint::Other));
        assert_eq!(hint("getaddrinfo", "family"), Some(clap::ValueHint::Other));
    }

    #[test]
    fn the_help_shows_headings_and_options() {
        let help = command().render_help().to_string();
        for (heading, _) in GROUPS {
            assert!(help.contains(&format!("{heading}:\n")), "{help}");
        }
        assert!(help.contains("  resolve "), "{help}");
        assert!(help.contains("--timeout"), "{help}");
    }
}

//! Completion at TAB time: the shell runs `SOCKREF_COMPLETE=SHELL sockref -- WORDS...` and
//! sockref answers with the candidates for the last word, read from the command-line
//! definition and, for values, from this machine (the reference's constants and codes,
//! the services and protocols databases) at that moment.
//!
//! clap_complete's engine does the work: it knows every subcommand, option and listed
//! value from the same definition the parser uses, so completion cannot drift from what
//! sockref accepts, and it runs the completers of [`values`] for the rest. sockref starts
//! in about a millisecond, so asking the binary on every TAB costs less than a script
//! that carries frozen lists.

mod shells;
pub mod values;

use std::ffi::OsString;

use crate::cli::ShellArg;
use crate::error::Error;
pub use shells::SHELL_VAR;
use shells::SHELLS;

/// The candidates for a TAB when this run is one (`SOCKREF_COMPLETE` names a shell), as
/// the shell's script reads them; `None` for an ordinary run.
pub fn answer_tab(args: &[OsString]) -> Option<Result<Vec<u8>, Error>> {
    let shell = std::env::var_os(SHELL_VAR).filter(|v| !v.is_empty() && v != "0")?;
    Some(candidates(&shell, args))
}

fn candidates(shell: &std::ffi::OsStr, args: &[OsString]) -> Result<Vec<u8>, Error> {
    let name = shell.to_string_lossy();
    let adapter = SHELLS.completer(&name).ok_or_else(|| {
        let known: Vec<&str> = SHELLS.names().collect();
        Error::input(
            "complete",
            name.as_ref(),
            format!(
                "{SHELL_VAR} names no shell sockref completes in ({})",
                known.join(", ")
            ),
        )
    })?;
    // The words of the command line being completed come after `--`.
    let words: Vec<OsString> = match args.iter().position(|a| a == "--") {
        Some(at) => args[at + 1..].to_vec(),
        None => Vec::new(),
    };
    if words.is_empty() {
        return Ok(Vec::new());
    }
    let mut cmd = crate::cli::help::for_completions(&words);
    cmd.build();
    let here = std::env::current_dir().ok();
    let mut out = Vec::new();
    adapter
        .write_complete(&mut cmd, words, here.as_deref(), &mut out)
        .map_err(|e| Error::input("complete", name.as_ref(), e.to_string()))?;
    Ok(out)
}

/// The script that makes `shell` ask sockref on every TAB, as `sockref completions SHELL`
/// prints it.
pub fn registration(shell: ShellArg) -> Vec<u8> {
    let mut out = Vec::new();
    if let Some(adapter) = SHELLS.completer(shell.name()) {
        // Writing into a Vec cannot fail.
        let _ = adapter.write_registration(SHELL_VAR, "sockref", "sockref", "sockref", &mut out);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The candidates the engine finds for the last of `words` in `cmd`.
    fn found(mut cmd: clap::Command, words: &[&str]) -> Vec<String> {
        let words: Vec<OsString> = words.iter().map(OsString::from).collect();
        cmd.build();
        let index = words.len() - 1;
        clap_complete::engine::complete(&mut cmd, words, index, None)
            .unwrap_or_default()
            .iter()
            .map(|c| c.get_value().to_string_lossy().into_owned())
            .collect()
    }

    #[test]
    fn one_subcommand_completes_as_the_whole_definition_does() {
        let whole = || crate::cli::help::for_completions(&["sockref".into(), "".into()]);
        for words in [
            &["sockref", "const", "SO_RCV"][..],
            &[
                "sockref",
                "--json",
                "getaddrinfo",
                "x",
                "80",
                "--flags",
                "AI_P",
            ],
            &["sockref", "getaddrinfo", "x", "80", "--family=AF_IN"],
            &["sockref", "sockopt", "--"],
            &["sockref", "--timeout", "2", "errno", "ECONNR"],
            &["sockref", "echo", "--transport", ""],
            &["sockref", "htons", ""],
            &["sockref", "completions", ""],
            &["sockref", "service", "--proto", "ud"],
        ] {
            let owned: Vec<OsString> = words.iter().map(OsString::from).collect();
            let narrow = crate::cli::help::for_completions(&owned);
            assert!(narrow.get_subcommands().count() == 1, "{words:?}");
            assert_eq!(found(narrow, words), found(whole(), words), "{words:?}");
            assert!(!found(whole(), words).is_empty(), "{words:?}");
        }
    }

    #[test]
    fn subcommand_names_complete_from_the_whole_definition() {
        let words = ["sockref", "geta"].map(OsString::from);
        let cmd = crate::cli::help::for_completions(&words);
        assert!(cmd.get_subcommands().count() > 30);
        assert_eq!(found(cmd, &["sockref", "geta"]), ["getaddrinfo"]);
    }
}

//! The command line, parsed only (no command runs): any argument vector, invalid UTF-8
//! included, either parses, with `--timeout` in its bounds and `usage::wants_json`
//! agreeing with the format it chose, or ends as help, version or one usage error whose
//! rendering is inert (no control or bidi character), one line plus at most one hint
//! line, exit status 2, and under `--json` one compact JSON object of kind "usage". The
//! quick parse (one subcommand's definition alone) gives what the whole parse gives
//! whenever it gives anything.
#![no_main]

use std::ffi::OsString;
use std::os::unix::ffi::OsStringExt;

use clap::Parser;
use libfuzzer_sys::fuzz_target;
use sockref::cli::{Cli, FormatArg, parse_quickly, values};
use sockref::error::Error;
use sockref::exit::ExitStatus;
use sockref::output::escape::readable;
use sockref::usage::{self, Outcome};
use sockref_fuzz::is_unsafe_char;

/// More words than any real command line of sockref needs.
const MOST_ARGS: usize = 24;

fuzz_target!(|data: &[u8]| {
    let mut args = vec![OsString::from("sockref")];
    args.extend(
        data.split(|&b| b == 0)
            .take(MOST_ARGS)
            .map(|a| OsString::from_vec(a.to_vec())),
    );
    let wants_json = usage::wants_json(&args);
    let whole = Cli::try_parse_from(&args);
    if let Some(quick) = parse_quickly(&args) {
        let whole = whole.as_ref().map(|cli| format!("{cli:?}")).ok();
        assert_eq!(Some(format!("{quick:?}")), whole, "{args:?}");
    }
    match whole {
        Ok(cli) => {
            let g = &cli.global;
            assert!(
                (values::TIMEOUT_MIN..=values::TIMEOUT_MAX).contains(&g.timeout),
                "{args:?}"
            );
            let json = g.json || g.format == FormatArg::Json;
            assert_eq!(wants_json, json, "{args:?}");
        }
        Err(e) => match usage::outcome(&e) {
            Outcome::Text(text) | Outcome::HelpOnStderr(text) => {
                assert!(!text.is_empty(), "{args:?}");
            }
            Outcome::Error(error) => usage_error_is_one_line(&error, &args),
        },
    }
});

fn usage_error_is_one_line(error: &Error, args: &[OsString]) {
    let Error::Usage { hint, .. } = error else {
        panic!("{args:?}: not a usage error: {error:?}");
    };
    assert_eq!(error.exit_status(), ExitStatus::Trouble, "{args:?}");
    let line = readable(&error.to_string());
    assert!(!line.is_empty(), "{args:?}");
    let hint = hint.as_deref().map(readable);
    for shown in [Some(line), hint].iter().flatten() {
        if let Some(c) = shown.chars().find(|&c| is_unsafe_char(c)) {
            panic!("{c:?} left raw in {shown:?} (from {args:?})");
        }
    }
    let json = serde_json::to_string(&error.to_json()).unwrap_or_else(|e| panic!("{e}"));
    assert!(!json.contains('\n'), "{json}");
    let value: serde_json::Value = serde_json::from_str(&json).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(value["error"]["kind"], "usage", "{json}");
}

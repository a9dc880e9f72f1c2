//! `sockref backlog N`: how many connections complete before accept() with listen(N).
//! The experiment itself is [`crate::echo::experiments::backlog`].

use std::time::Duration;

use crate::cli::BacklogArgs;
use crate::echo::experiments::backlog::{self, BacklogReport};
use crate::error::{Error, Result};
use crate::socket_module::parse::parse_int;

/// The largest backlog sockref asks for (Linux's default net.core.somaxconn since 5.4).
pub const MAX_BACKLOG: i32 = 4096;

/// Runs `backlog`: the experiment, within `total`.
pub fn run(args: &BacklogArgs, total: Duration) -> Result<BacklogReport> {
    backlog::run(parse_backlog(&args.backlog)?, total)
}

fn parse_backlog(text: &str) -> Result<i32> {
    let bad = |reason: String| Error::input("listen", text, reason);
    let n = parse_int(text).map_err(bad)?;
    i32::try_from(n)
        .ok()
        .filter(|n| (0..=MAX_BACKLOG).contains(n))
        .ok_or_else(|| {
            bad(format!(
                "the backlog must be 0-{MAX_BACKLOG} (sockref's bound)"
            ))
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backlogs_are_bounded() {
        assert_eq!(parse_backlog("0").ok(), Some(0));
        assert_eq!(parse_backlog("0x10").ok(), Some(16));
        assert_eq!(parse_backlog("4096").ok(), Some(4096));
        assert!(parse_backlog("4097").is_err());
        assert!(parse_backlog("-1").is_err());
        assert!(parse_backlog("many").is_err());
    }
}

//! `sockref backlog N`: how many connections complete before accept() with listen(N).
//! The experiment itself is [`crate::echo::experiments::backlog`].

use std::time::Duration;

use crate::cli::BacklogArgs;
use crate::echo::experiments::backlog::{self, BacklogReport};
use crate::error::Result;

/// Runs `backlog`: the experiment, within `total`.
pub fn run(args: &BacklogArgs, total: Duration) -> Result<BacklogReport> {
    backlog::run(args.backlog, total)
}

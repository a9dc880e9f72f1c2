//! The programs of `--code`: the source as is for people, the whole report under `--json`.
//! The source is plain ASCII (outside text is in escaped literals), so it is safe to write
//! to a terminal.

use crate::code::Program;
use crate::output::{Render, Sheet};

impl Render for Program {
    fn sheets(&self) -> Vec<Sheet> {
        Vec::new()
    }

    fn text(&self) -> Option<&str> {
        Some(&self.source)
    }
}

//! What the test binaries share: running sockref and reading its JSON (`cli`), the one
//! Python oracle (`oracle`, with oracle.py), a `sockref echo --serve` child (`serve`), the
//! resolver sandbox with its zones (`sandbox`, `zones`), a tmux window read back as a person
//! sees it (`tmux`), and the one way to report a skip (`skip`). Each binary includes this
//! module with `#[path = "../support/mod.rs"] mod support;` and uses what it needs.

#![allow(dead_code)]

pub mod cli;
pub mod oracle;
pub mod sandbox;
pub mod serve;
pub mod skip;
pub mod tmux;
pub mod zones;

//! What the test binaries share: running sockref and reading its JSON (`cli`), a
//! `sockref echo --serve` child (`serve`), and the resolver sandbox with its zones
//! (`sandbox`, `zones`). Each binary includes this module with
//! `#[path = "../support/mod.rs"] mod support;` and uses what it needs.

#![allow(dead_code)]

pub mod cli;
pub mod sandbox;
pub mod serve;
pub mod zones;

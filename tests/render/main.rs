//! What sockref writes, independent of the host: the renderers on fixed reports (insta
//! snapshots), properties that no input makes a parser panic, and the generated files
//! (completions, man page) equal to what the code generates now.

#[path = "../support/mod.rs"]
mod support;

mod generated;
mod no_panic;
mod renderers;

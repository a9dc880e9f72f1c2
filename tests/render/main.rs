//! What sockref writes, independent of the host: an insta snapshot of every view (table,
//! TSV and JSON), from the binary where the answer is the same on every host
//! (`command_views`) and from fixed reports where it is not (`lookup_views`,
//! `socket_views`, `echo_views`, `renderers`); properties that no input makes a parser
//! panic; the generated files (completions, man page) equal to what the code generates;
//! and TAB completion in real bash, zsh and fish.
//! `cargo insta review` after an intended change of a view.

#[path = "../support/mod.rs"]
mod support;

mod snap;

mod command_views;
mod completions;
mod echo_views;
mod explain_views;
mod generated;
mod lookup_views;
mod no_panic;
mod programs;
mod renderers;
mod socket_views;
mod terminal;

//! The `sockref` binary: parse, run, exit with grep's status convention.
//!
//! It starts at the C library's `main`, skipping Rust's runtime start-up, whose one costly
//! step (finding the main thread's stack in /proc/self/maps) a single lookup does not
//! need; `sockref::sys::process::start` does the rest of what that start-up does.
#![no_main]

use std::ffi::{c_char, c_int};
use std::io::Write;

/// The program's entry point, called by the C library with the command line (which
/// `std::env::args_os` reads on its own).
#[unsafe(no_mangle)]
extern "C" fn main(_argc: c_int, _argv: *const *const c_char) -> c_int {
    sockref::sys::process::start();
    let status = sockref::main(std::env::args_os().collect());
    // Rust's runtime would flush stdout on the way out; the output layer already flushes
    // after each write, so this only makes sure.
    let _ = std::io::stdout().flush();
    c_int::from(status.code())
}

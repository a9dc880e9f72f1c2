//! `--code python|c|rust`: a small complete program that makes a socket-module call with
//! the arguments a command was given and prints its result.
//!
//! Every program prints its answer in one line form, whatever the language, so that a
//! test can run it and compare with sockref's own answer: a number or text as is, bytes
//! as lowercase hex, a boolean as Python prints it (`True`), a hosts entry as `hostname`,
//! `aliases` and `addresses` lines, a getaddrinfo row as `FAMILY TYPE PROTO ADDRESS PORT
//! [FLOWINFO SCOPE_ID] [CANONNAME]`, a getnameinfo answer as `HOST PORT`. A program of
//! several calls prints `# CALL` before the answer of each.

mod c;
pub mod literal;
mod python;
mod rust;
mod symbols;

pub use symbols::PORTABLE;

use serde::Serialize;

pub use crate::cli::Language;
use crate::error::{Error, Result};
use crate::report::Report;
use crate::socket_module::pyargs::{PyArg, call_args};

/// One call a program makes: a socket-module function with the arguments Python takes.
#[derive(Debug, Clone, PartialEq)]
pub struct Call {
    pub function: &'static str,
    pub args: Vec<(&'static str, PyArg)>,
}

impl Call {
    pub fn new(function: &'static str, args: Vec<(&'static str, PyArg)>) -> Self {
        Call { function, args }
    }

    /// The argument called `name`; None when the call has none of that name.
    pub fn arg(&self, name: &str) -> &PyArg {
        self.args
            .iter()
            .find(|(n, _)| *n == name)
            .map_or(&PyArg::None, |(_, a)| a)
    }

    /// The call as Python reads it: `htons(9999)`.
    pub fn text(&self) -> String {
        format!("{}({})", self.function, self.args_text())
    }

    /// The arguments as Python reads them; create_server's options are keywords
    /// (`("", 0), family=AF_INET6`), as it takes them.
    pub fn args_text(&self) -> String {
        if self.function != "create_server" {
            return call_args(&self.args);
        }
        let args: Vec<String> = self
            .args
            .iter()
            .enumerate()
            .map(|(i, (name, arg))| match i {
                0 => arg.to_string(),
                _ => format!("{name}={arg}"),
            })
            .collect();
        args.join(", ")
    }
}

/// The report of `--code`: the program and what it calls.
#[derive(Debug, Clone, Serialize)]
pub struct Program {
    pub language: &'static str,
    /// The calls it makes, as Python reads them.
    pub calls: Vec<String>,
    /// How to run it: `python3 prog.py`, `cc prog.c && ./a.out`, ...
    pub run: &'static str,
    /// The crates a Rust program needs besides std.
    pub crates: Vec<&'static str>,
    pub source: String,
}

impl Report for Program {}

/// The source of a program in `language` making `calls` in order.
pub fn write(language: Language, calls: &[Call]) -> Result<Program> {
    let unsupported = |call: &Call, why: &str| {
        Error::input(
            call.function,
            call.args_text(),
            format!("no {} program: {why}", name(language)),
        )
    };
    let (source, crates, run) = match language {
        Language::Python => (
            python::program(calls).map_err(|(call, why)| unsupported(call, why))?,
            Vec::new(),
            "python3 program.py",
        ),
        Language::C => (
            c::program(calls).map_err(|(call, why)| unsupported(call, why))?,
            Vec::new(),
            "cc -o program program.c && ./program",
        ),
        Language::Rust => {
            let (source, crates) =
                rust::program(calls).map_err(|(call, why)| unsupported(call, why))?;
            let run = if crates.is_empty() {
                "rustc -o program main.rs && ./program"
            } else {
                "cargo run, with this file as src/main.rs"
            };
            (source, crates, run)
        }
    };
    let source = format!("{}{source}", header(language, run, &crates));
    Ok(Program {
        language: name(language),
        calls: calls.iter().map(Call::text).collect(),
        run,
        crates,
        source,
    })
}

/// The comment a program starts with: how to run it, and the crates a Rust one needs.
fn header(language: Language, run: &str, crates: &[&str]) -> String {
    match language {
        Language::Python => format!("# Run: {run}\n"),
        Language::C => format!("/* Build and run: {run} */\n"),
        Language::Rust if crates.is_empty() => format!("// Build and run: {run}\n\n"),
        Language::Rust => {
            let versions: Vec<String> = crates
                .iter()
                .map(|c| format!("{c} = {}", crate_version(c)))
                .collect();
            format!(
                "// Build and run: {run}\n// Cargo.toml [dependencies]: {}\n\n",
                versions.join(", ")
            )
        }
    }
}

/// The dependency line of a program's crate: the version sockref itself builds with
/// (socket2's `all` feature has socketpair and SO_REUSEPORT).
fn crate_version(name: &str) -> &'static str {
    match name {
        "socket2" => "{ version = \"0.6\", features = [\"all\"] }",
        _ => "\"0.2\"",
    }
}

fn name(language: Language) -> &'static str {
    match language {
        Language::Python => "python",
        Language::C => "c",
        Language::Rust => "rust",
    }
}

/// Why a call has no program in a language, with the call itself.
type Unsupported<'a> = (&'a Call, &'static str);

/// How many bytes a getsockopt of the call reads into a buffer, when it reads bytes rather
/// than an int: its buflen, or for a setsockopt of bytes the length set (1-1024), as the
/// mirror reads it back.
fn read_length(call: &Call) -> Option<i128> {
    match (call.arg("buflen"), call.arg("value")) {
        (PyArg::Int(n), _) => Some(*n),
        (_, PyArg::Bytes(b)) if call.function == "setsockopt" => {
            Some(b.len().clamp(1, 1024) as i128)
        }
        _ => None,
    }
}

/// The packed length of an address family: 4 for AF_INET, else 16.
fn packed_len(family: &PyArg) -> usize {
    let inet = match family {
        PyArg::Name(n) => n == "AF_INET",
        PyArg::Int(n) => i64::try_from(*n).is_ok_and(|n| n == i64::from(libc::AF_INET)),
        _ => false,
    };
    if inet { 4 } else { 16 }
}

/// The address a create_server call binds, with the unspecified address written out
/// (`::`, `0.0.0.0`), its port, and whether it is IPv6.
fn server_address(call: &Call) -> (String, u16, bool) {
    let v6 = call.arg("family") != &PyArg::None;
    let (ip, port) = match call.arg("address") {
        PyArg::SockAddr(ip, port) => (ip.clone(), u16::try_from(*port).unwrap_or(0)),
        _ => (String::new(), 0),
    };
    let ip = match (ip.is_empty(), v6) {
        (true, true) => "::".to_string(),
        (true, false) => "0.0.0.0".to_string(),
        (false, _) => ip,
    };
    (ip, port, v6)
}

/// A template with `@name@` placeholders filled in; the programs' own braces need no
/// escaping this way.
fn fill(template: &str, values: &[(&str, &str)]) -> String {
    let mut out = template.to_string();
    for (name, value) in values {
        out = out.replace(&format!("@{name}@"), value);
    }
    out
}

/// The statements of `main` in a language with C's braces: each call's body, in a block of
/// its own when there are several so that their names do not clash.
fn main_statements(bodies: &[String]) -> String {
    let block = bodies.len() > 1;
    let indent = if block { "        " } else { "    " };
    let mut out = String::new();
    for body in bodies {
        if block {
            out.push_str("    {\n");
        }
        for line in body.lines() {
            if line.is_empty() {
                out.push('\n');
            } else {
                out.push_str(&format!("{indent}{line}\n"));
            }
        }
        if block {
            out.push_str("    }\n");
        }
    }
    out
}

/// Every argument of the calls, for the constants a program must define.
fn all_args(calls: &[Call]) -> Vec<&PyArg> {
    calls
        .iter()
        .flat_map(|c| c.args.iter().map(|(_, a)| a))
        .collect()
}

/// The parts of a getnameinfo sockaddr: host, port, flowinfo and scope_id (zero for
/// Python's 2-tuple).
fn sockaddr_parts(arg: &PyArg) -> (PyArg, PyArg, i128, i128) {
    match arg {
        PyArg::SockAddr(host, port) => (PyArg::Str(host.clone()), PyArg::Int((*port).into()), 0, 0),
        PyArg::Tuple(members) => {
            let member = |i: usize| members.get(i).map_or(PyArg::None, |(_, a)| a.clone());
            let number = |i: usize| match member(i) {
                PyArg::Int(n) => n,
                _ => 0,
            };
            (member(0), member(1), number(2), number(3))
        }
        _ => (PyArg::None, PyArg::None, 0, 0),
    }
}

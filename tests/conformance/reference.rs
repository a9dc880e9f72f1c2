//! `sockref ref` against Python's socket module on this machine: every public function of
//! the module and method of its sockets has an entry, every entry names something the
//! module has (a function or attribute, a socket method, an OSError class, a constant
//! prefix), and nothing is listed that this Python lacks.

use serde_json::Value;

use crate::support::cli::json_of;
use crate::support::oracle::{self, PyCall};

use super::harness::{note, python_ready};

fn strings(v: &Value) -> Vec<String> {
    v.as_array()
        .expect("an array")
        .iter()
        .map(|s| s.as_str().expect("a string").to_string())
        .collect()
}

#[test]
fn every_function_method_exception_and_family_is_pythons() {
    if !python_ready() {
        return;
    }
    let python = oracle::ask_calls(&[PyCall::new("module_names", vec![])]);
    let python = python[0].returned().expect("module_names answers").clone();
    let doc = json_of(&["ref"]);
    let entries = doc["entries"].as_array().expect("entries");
    let of_kind = |kind: &str| -> Vec<String> {
        entries
            .iter()
            .filter(|e| e["kind"] == kind)
            .map(|e| e["name"].as_str().expect("a name").to_string())
            .collect()
    };
    let (functions, methods) = (of_kind("function"), of_kind("method"));
    let names = strings(&python["names"]);
    let mut failures = Vec::new();
    for f in strings(&python["functions"]) {
        if !functions.contains(&f) {
            failures.push(format!("Python's socket.{f} has no entry"));
        }
    }
    for m in strings(&python["methods"]) {
        if !methods.contains(&format!("socket.{m}")) {
            failures.push(format!("socket.socket.{m} has no entry"));
        }
    }
    for f in &functions {
        if !names.contains(f) {
            failures.push(format!("entry {f}: this Python's socket module has no {f}"));
        }
    }
    let python_methods = strings(&python["methods"]);
    for m in &methods {
        let bare = m.trim_start_matches("socket.");
        if !python_methods.iter().any(|p| p == bare) {
            failures.push(format!("entry {m}: this Python's sockets have no {bare}"));
        }
    }
    for e in of_kind("exception") {
        if python["oserror"][&e] != true {
            failures.push(format!("entry {e}: not an OSError class in this Python"));
        }
    }
    for family in of_kind("constants") {
        let prefix = family.trim_end_matches('*');
        if !names.iter().any(|n| n.starts_with(prefix)) {
            failures.push(format!("entry {family}: Python has no {prefix} constant"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    note(&format!(
        "ref: {} functions and {} methods, each one of Python's and all of them",
        functions.len(),
        methods.len()
    ));
}

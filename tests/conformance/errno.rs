//! Conformance of `sockref errno` with Python on this machine (DESIGN.md section 9): every
//! errno name and number Python's `errno` module knows, with `os.strerror`'s message;
//! every `socket.EAI_*` code with the C library's gai_strerror; and the h_errno codes with
//! hstrerror. Python reads the C functions through ctypes where the socket module does not
//! expose the message. Every expected answer comes from Python at test time.
//!
//! Where python3 is missing the tests say so and pass, except under `CI`, where they fail.

use std::collections::BTreeMap;
use std::sync::OnceLock;

use serde_json::Value;

use crate::support::oracle;

use super::harness::{Verdict, argv, python_ready, sockref_all};

/// Python's view (oracle.py's errno_tables): errno names and numbers, os.strerror,
/// socket.EAI_*, and the C library's gai_strerror and hstrerror through ctypes; asked once.
fn python() -> &'static Value {
    static TABLES: OnceLock<Value> = OnceLock::new();
    TABLES.get_or_init(|| oracle::fact("errno_tables"))
}

/// sockref's whole table, from one `errno --list --json`, keyed by (kind, number).
fn sockref_table() -> BTreeMap<(String, i64), Value> {
    let runs = sockref_all(&[argv(&["errno", "--list"])]);
    let run = &runs[0];
    assert_eq!(run.status, Some(0), "{}", run.text());
    let doc = run.json().expect("errno --list --json wrote no JSON");
    let errors = doc["errors"].as_array().cloned().unwrap_or_default();
    let mut table = BTreeMap::new();
    for e in errors {
        let key = (
            e["kind"].as_str().unwrap_or("?").to_string(),
            e["number"].as_i64().unwrap_or(i64::MIN),
        );
        assert!(table.insert(key.clone(), e).is_none(), "{key:?} twice");
    }
    table
}

/// The name and aliases of an entry.
fn names_of(entry: &Value) -> Vec<String> {
    std::iter::once(&entry["name"])
        .chain(entry["aliases"].as_array().into_iter().flatten())
        .filter_map(|n| n.as_str().map(str::to_string))
        .collect()
}

fn python_map(key: &str) -> Vec<(String, Value)> {
    python()[key]
        .as_object()
        .map(|o| o.iter().map(|(k, v)| (k.clone(), v.clone())).collect())
        .unwrap_or_default()
}

#[test]
fn errno_numbers_names_and_messages_match_python() {
    if !python_ready() {
        return;
    }
    let table = sockref_table();
    let strerror = &python()["strerror"];
    let mut verdict = Verdict::new("errno.errorcode and os.strerror");
    for (number, name) in python_map("errorcode") {
        let n: i64 = number.parse().unwrap_or(i64::MIN);
        let name = name.as_str().unwrap_or("?");
        let problem = match table.get(&("errno".to_string(), n)) {
            None => Some(format!("errno {n} ({name}) is missing from errno --list")),
            Some(e) if !names_of(e).iter().any(|x| x == name) => Some(format!(
                "errno {n}: Python names it {name}, sockref {:?}",
                names_of(e)
            )),
            Some(e) if e["message"] != strerror[&number] => Some(format!(
                "errno {n}: os.strerror gives {}, sockref {}",
                strerror[&number], e["message"]
            )),
            Some(_) => None,
        };
        verdict.check(problem);
    }
    // Numbers sockref knows and Python does not still carry the platform's message.
    for ((kind, n), e) in table.iter().filter(|((k, _), _)| k == "errno") {
        let expected = &strerror[n.to_string()];
        verdict.check((!expected.is_null() && e["message"] != *expected).then(|| {
            format!(
                "{kind} {n}: os.strerror gives {expected}, sockref {}",
                e["message"]
            )
        }));
    }
    verdict.finish();
}

/// The exception class sockref names for each errno value is the one Python raises:
/// `type(OSError(n, ...))` picks the subclass by number (PEP 3151).
#[test]
fn errno_values_name_the_class_python_raises() {
    if !python_ready() {
        return;
    }
    let classes = &python()["classes"];
    let mut verdict = Verdict::new("errno and Python's OSError subclasses");
    for ((kind, n), e) in sockref_table() {
        let expected = match kind.as_str() {
            "errno" => classes[n.to_string()].clone(),
            "gaierror" => Value::from("socket.gaierror"),
            _ => Value::from("socket.herror"),
        };
        verdict.check((e["python"] != expected).then(|| {
            format!(
                "{kind} {n}: Python raises {expected}, sockref says {}",
                e["python"]
            )
        }));
    }
    verdict.finish();
}

#[test]
fn every_python_errno_name_resolves_to_its_number() {
    if !python_ready() {
        return;
    }
    let names = python_map("names");
    // Ask by name, lowercased, as a user would type it.
    let argvs: Vec<Vec<String>> = names
        .iter()
        .map(|(name, _)| argv(&["errno", &name.to_lowercase(), "--kind", "errno"]))
        .collect();
    let runs = sockref_all(&argvs);
    let mut verdict = Verdict::new("errno names");
    for ((name, number), run) in names.iter().zip(&runs) {
        let doc = run.json();
        let entries = doc
            .as_ref()
            .and_then(|d| d["errors"].as_array())
            .cloned()
            .unwrap_or_default();
        let ok = run.status == Some(0)
            && entries.len() == 1
            && entries[0]["number"] == *number
            && names_of(&entries[0]).contains(name);
        verdict.check((!ok).then(|| {
            format!(
                "errno.{name} is {number}\n    input:   {}\n    sockref: {}",
                run.command_line(),
                run.text()
            )
        }));
    }
    verdict.finish();
}

#[test]
fn eai_codes_and_messages_match_python_and_the_c_library() {
    if !python_ready() {
        return;
    }
    let table = sockref_table();
    let gai = &python()["gai_strerror"];
    let mut verdict = Verdict::new("socket.EAI_* and gai_strerror");
    for (name, number) in python_map("eai") {
        let n = number.as_i64().unwrap_or(i64::MIN);
        let problem = match table.get(&("gaierror".to_string(), n)) {
            None => Some(format!("socket.{name} = {n} is missing from errno --list")),
            Some(e) if !names_of(e).contains(&name) => Some(format!(
                "EAI code {n}: Python names it {name}, sockref {:?}",
                names_of(e)
            )),
            Some(_) => None,
        };
        verdict.check(problem);
    }
    // Every EAI code sockref lists, glibc's extensions included, has gai_strerror's words.
    for ((_, n), e) in table.iter().filter(|((k, _), _)| k == "gaierror") {
        let expected = &gai[n.to_string()];
        verdict.check((e["message"] != *expected).then(|| {
            format!(
                "{} ({n}): gai_strerror gives {expected}, sockref {}",
                e["name"], e["message"]
            )
        }));
    }
    verdict.finish();
}

#[test]
fn h_errno_messages_match_the_c_library() {
    if !python_ready() {
        return;
    }
    let table = sockref_table();
    let herror = &python()["hstrerror"];
    let mut verdict = Verdict::new("h_errno and hstrerror");
    let listed: Vec<(&i64, &Value)> = table
        .iter()
        .filter(|((k, _), _)| k == "herror")
        .map(|((_, n), e)| (n, e))
        .collect();
    verdict.check((listed.len() < 5).then(|| format!("only {} h_errno codes", listed.len())));
    for (n, e) in listed {
        let expected = &herror[n.to_string()];
        verdict.check((e["message"] != *expected).then(|| {
            format!(
                "{} ({n}): hstrerror gives {expected}, sockref {}",
                e["name"], e["message"]
            )
        }));
    }
    verdict.finish();
}

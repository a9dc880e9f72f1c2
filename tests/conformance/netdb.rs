//! The services and protocols databases: every entry and alias of /etc/services through
//! getservbyname and getservbyport (with and without a protocol), every entry and alias
//! of /etc/protocols through getprotobyname, a few names that do not exist, and the
//! `service` and `proto` verbs held to the same answers. oracle.py reads the files itself,
//! so the inputs are the files as Python sees them.

use std::collections::{BTreeSet, HashMap};

use serde_json::{Value, json};

use crate::support::oracle::{self, Outcome, PyCall};

use super::harness::{self, Run, Verdict};

/// `[function, "--", args...]`: a call's arguments as sockref takes them.
fn mirror_argv(call: &PyCall) -> Vec<String> {
    let mut argv = vec![call.function.clone(), "--".to_string()];
    for arg in &call.args {
        argv.push(match arg {
            Value::String(s) => s.clone(),
            Value::Object(o) => o
                .get("int")
                .and_then(Value::as_str)
                .unwrap_or_default()
                .to_string(),
            other => other.to_string(),
        });
    }
    argv
}

fn call(function: &str, args: &[Value]) -> PyCall {
    PyCall::new(function, args.to_vec())
}

/// Names, protocols and ports the databases do not have, and ports out of range.
fn service_extras() -> Vec<PyCall> {
    let by_name = |args: &[Value]| call("getservbyname", args);
    let by_port = |port: &str, proto: Option<&str>| {
        let mut args = vec![json!({"int": port})];
        args.extend(proto.map(|p| json!(p)));
        call("getservbyport", &args)
    };
    vec![
        by_name(&[json!("nosuchservice-sockref")]),
        by_name(&[json!("nosuchservice-sockref"), json!("tcp")]),
        by_name(&[json!("http"), json!("nosuchproto")]),
        by_name(&[json!("HTTP"), json!("tcp")]),
        by_name(&[json!("http"), json!("TCP")]),
        by_name(&[json!("http"), json!("")]),
        by_name(&[json!("")]),
        by_port("0", None),
        by_port("0", Some("tcp")),
        by_port("65535", None),
        by_port("65535", Some("udp")),
        by_port("65536", None),
        by_port("-1", None),
        by_port("-1", Some("tcp")),
        by_port("4294967376", Some("tcp")),
        by_port("80", Some("nosuchproto")),
        by_port("80", Some("")),
        by_port("80", Some("TCP")),
        by_port("0x50", Some("tcp")),
    ]
}

#[test]
fn services_match_python() {
    if !harness::python_ready() {
        return;
    }
    let calls: Vec<Value> = service_extras()
        .iter()
        .map(|c| json!({"fn": c.function, "args": c.args}))
        .collect();
    let answered = oracle::ask(&json!({"generate": "services", "calls": calls}));
    let runs = harness::sockref_all(
        &answered
            .iter()
            .map(|(c, _)| mirror_argv(c))
            .collect::<Vec<_>>(),
    );
    let mut verdict = Verdict::new("getservbyname/getservbyport");
    verdict.mirrors(&answered, &runs);

    // `service NAME` lists every row naming the service, in file order; its first row is
    // the one getservbyname(NAME) finds.
    let by_name: Vec<&(PyCall, Outcome)> = answered
        .iter()
        .filter(|(c, _)| c.function == "getservbyname" && c.args.len() == 1)
        .collect();
    let verb_runs = harness::sockref_all(
        &by_name
            .iter()
            .map(|(c, _)| {
                let name = c.args[0].as_str().unwrap_or_default();
                harness::argv(&["service", "--", name])
            })
            .collect::<Vec<_>>(),
    );
    for ((call, outcome), run) in by_name.into_iter().zip(&verb_runs) {
        verdict.check(first_row_mismatch(call, outcome, run, "services", "port"));
    }
    verdict.finish();
}

/// Holds a verb's first row (`field` of `list[0]`) to Python's answer, or its exit
/// status to Python's "not found".
fn first_row_mismatch(
    call: &PyCall,
    outcome: &Outcome,
    run: &Run,
    list: &str,
    field: &str,
) -> Option<String> {
    let problem = match outcome.returned() {
        Some(value) => {
            let doc = run.json().unwrap_or(Value::Null);
            let first = &doc[list][0][field];
            if run.status != Some(0) {
                "Python found it, so the verb must answer".to_string()
            } else if first != value {
                format!("the verb's first row has {field} {first}")
            } else {
                return None;
            }
        }
        None if run.status == Some(1) => return None,
        None => "Python did not find it, so the verb must exit 1".to_string(),
    };
    Some(harness::describe(call, outcome, run, &problem))
}

#[test]
fn protocols_match_python() {
    if !harness::python_ready() {
        return;
    }
    let extras: Vec<Value> = ["nosuchproto-sockref", "", "Tcp", "TCP", "tcp ", "ip"]
        .iter()
        .map(|n| json!({"fn": "getprotobyname", "args": [n]}))
        .collect();
    let answered = oracle::ask(&json!({"generate": "protocols", "calls": extras}));
    let argvs: Vec<Vec<String>> = answered.iter().map(|(c, _)| mirror_argv(c)).collect();
    let runs = harness::sockref_all(&argvs);
    let mut verdict = Verdict::new("getprotobyname and the proto verb");
    verdict.mirrors(&answered, &runs);

    let names: Vec<&str> = answered
        .iter()
        .map(|(c, _)| c.args[0].as_str().unwrap_or_default())
        .collect();
    let verb_runs = harness::sockref_all(
        &names
            .iter()
            .map(|n| harness::argv(&["proto", "--", n]))
            .collect::<Vec<_>>(),
    );
    for ((call, outcome), run) in answered.iter().zip(&verb_runs) {
        verdict.check(first_row_mismatch(
            call,
            outcome,
            run,
            "protocols",
            "number",
        ));
    }
    check_numbers(&answered, &mut verdict);
    verdict.finish();
}

/// `proto NUMBER` for every number Python's getprotobyname gave: the row must carry that
/// number, and Python must map the row's name and each alias back to it.
fn check_numbers(answered: &[(PyCall, Outcome)], verdict: &mut Verdict) {
    let number_of: HashMap<&str, Option<&Value>> = answered
        .iter()
        .map(|(c, o)| (c.args[0].as_str().unwrap_or_default(), o.returned()))
        .collect();
    let numbers: BTreeSet<i64> = number_of
        .values()
        .filter_map(|v| v.and_then(Value::as_i64))
        .collect();
    let numbers: Vec<i64> = numbers.into_iter().collect();
    let runs = harness::sockref_all(
        &numbers
            .iter()
            .map(|n| harness::argv(&["proto", "--", &n.to_string()]))
            .collect::<Vec<_>>(),
    );
    for (&n, run) in numbers.iter().zip(&runs) {
        verdict.check(number_mismatch(n, run, &number_of));
    }
}

fn number_mismatch(n: i64, run: &Run, number_of: &HashMap<&str, Option<&Value>>) -> Option<String> {
    let mut python_names: Vec<&str> = number_of
        .iter()
        .filter(|(_, v)| **v == Some(&json!(n)))
        .map(|(name, _)| *name)
        .collect();
    python_names.sort_unstable();
    let fail = |problem: String| {
        Some(format!(
            "{problem}\n    input:   {}\n    Python:  getprotobyname gives {n} for \
             {python_names:?}\n    sockref: {}",
            run.command_line(),
            run.text()
        ))
    };
    let doc = run.json().unwrap_or(Value::Null);
    let row = &doc["protocols"][0];
    if run.status != Some(0) || row["number"] != n {
        return fail(format!("`proto {n}` must answer with a row numbered {n}"));
    }
    let aliases = row["aliases"].as_array().into_iter().flatten();
    for name in std::iter::once(&row["name"]).chain(aliases) {
        let name = name.as_str().unwrap_or_default();
        if number_of.get(name).copied().flatten() != Some(&json!(n)) {
            return fail(format!(
                "the row names {name:?}, which Python does not map to {n}"
            ));
        }
    }
    None
}

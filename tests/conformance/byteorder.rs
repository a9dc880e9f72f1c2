//! htons, htonl, ntohs and ntohl at and around the edges of every width, negative and far
//! too large values, in decimal and hex, plus text that is no integer at all; and the
//! `byteorder` verb's 16- and 32-bit rows. Where Python raises, sockref exits 2.

use std::collections::HashMap;

use serde_json::{Value, json};

use crate::support::oracle::{self, Outcome, PyCall};

use super::harness::{self, Run, Verdict, argv};

const FUNCTIONS: [&str; 4] = ["htons", "htonl", "ntohs", "ntohl"];

/// Integers around the 16-, 32-, 64- and 128-bit edges, both signs.
fn integers() -> Vec<i128> {
    let mut ints: Vec<i128> = vec![
        0,
        1,
        2,
        127,
        128,
        255,
        256,
        9999,
        0x1234,
        0x7fff,
        0x8000,
        0xfffe,
        70000,
        0x12_3456,
        0x1234_5678,
        0xdead_beef,
        -1,
        -2,
        -255,
        -9999,
    ];
    for bits in [16, 31, 32, 63, 64, 100, 126] {
        let edge = 1i128 << bits;
        ints.extend([edge - 1, edge, edge + 1, -edge]);
    }
    ints.push(i128::MAX);
    ints.push(i128::MIN);
    ints
}

/// The texts given to both sides: each integer in decimal and in hex, more spellings
/// that are Python integer literals too, and text that is not an integer.
fn texts() -> Vec<String> {
    let mut texts = Vec::new();
    for n in integers() {
        texts.push(n.to_string());
        let hex = format!("{:#x}", n.unsigned_abs());
        texts.push(if n < 0 { format!("-{hex}") } else { hex });
    }
    // Past 128 bits: sockref cannot hold them at all, Python refuses them for the width.
    texts.push(u128::MAX.to_string());
    texts.push(format!("{}0", u128::MAX));
    texts.push(format!("1{}", "0".repeat(40)));
    for extra in [
        "0o777", "0b1010", "0O17", "0X1F", "0x_ff", "1_000", " 42 ", "+7", "-0", "00", "", "abc",
        "1.5", "0x", "12abc", "1e3", "--1", "0xg", "None", "1 2",
    ] {
        texts.push(extra.to_string());
    }
    texts
}

#[test]
fn byteorder_mirrors_match_python() {
    if !harness::python_ready() {
        return;
    }
    let texts = texts();
    let calls: Vec<PyCall> = texts
        .iter()
        .flat_map(|t| FUNCTIONS.map(|f| PyCall::new(f, vec![json!({"int": t})])))
        .collect();
    let outcomes = oracle::ask_calls(&calls);
    let argvs: Vec<Vec<String>> = calls
        .iter()
        .map(|c| {
            let text = c.args[0]["int"].as_str().unwrap_or_default();
            argv(&[&c.function, "--", text])
        })
        .collect();
    let runs = harness::sockref_all(&argvs);

    let mut verdict = Verdict::new("byteorder mirrors");
    let cases: Vec<(PyCall, Outcome)> = calls.into_iter().zip(outcomes).collect();
    verdict.mirrors(&cases, &runs);

    // The verb shows the same swaps; its own range is 0..2**64.
    let by_call: HashMap<(String, String), (PyCall, Outcome)> = cases
        .into_iter()
        .map(|(c, o)| {
            let text = c.args[0]["int"].as_str().unwrap_or_default().to_string();
            ((c.function.clone(), text), (c, o))
        })
        .collect();
    let decimal: Vec<i128> = integers();
    let verb_argvs: Vec<Vec<String>> = decimal
        .iter()
        .map(|n| argv(&["byteorder", "--", &n.to_string()]))
        .collect();
    let verb_runs = harness::sockref_all(&verb_argvs);
    for (n, run) in decimal.iter().zip(&verb_runs) {
        let text = n.to_string();
        let answer = |f: &str| by_call.get(&(f.to_string(), text.clone()));
        for (bits, hton, ntoh) in [(16, "htons", "ntohs"), (32, "htonl", "ntohl")] {
            let (Some(h), Some(b)) = (answer(hton), answer(ntoh)) else {
                continue;
            };
            let in_range = (0..(1i128 << 64)).contains(n);
            verdict.check(verb_mismatch(in_range, bits, h, b, run));
        }
    }
    verdict.finish();
}

/// Holds one width row of `byteorder N` to Python's hton and ntoh of N.
fn verb_mismatch(
    in_range: bool,
    bits: u64,
    hton: &(PyCall, Outcome),
    ntoh: &(PyCall, Outcome),
    run: &Run,
) -> Option<String> {
    let fail = |problem: &str| Some(harness::describe(&hton.0, &hton.1, run, problem));
    if !in_range {
        return if run.status == Some(2) {
            None
        } else {
            fail("outside 0..2**64 the verb must exit 2")
        };
    }
    if run.status != Some(0) {
        return fail("a value in 0..2**64 must be answered");
    }
    let doc = run.json().unwrap_or(Value::Null);
    let widths = doc["widths"].as_array().cloned().unwrap_or_default();
    let Some(row) = widths.iter().find(|w| w["bits"] == bits) else {
        return fail(&format!("no {bits}-bit row"));
    };
    let fits = row["fits"].as_bool();
    match (hton.1.returned(), ntoh.1.returned()) {
        (Some(h), Some(b)) => {
            if fits != Some(true) {
                return fail("Python answered, so the row must say it fits");
            }
            if row["hton"]["function"] != hton.0.function.as_str() || row["hton"]["result"] != *h {
                return fail("the row's hton differs from Python's");
            }
            if row["ntoh"]["function"] != ntoh.0.function.as_str() || row["ntoh"]["result"] != *b {
                return Some(harness::describe(
                    &ntoh.0,
                    &ntoh.1,
                    run,
                    "the row's ntoh differs from Python's",
                ));
            }
            None
        }
        (None, None) if fits == Some(false) => None,
        (None, None) => fail("Python refused the value for this width, so it must not fit"),
        _ => fail("Python answered only one of hton and ntoh"),
    }
}

//! CMSG_LEN and CMSG_SPACE at and around the edges Python draws (0, small lengths, the
//! largest a socklen_t allows, negative and far too large), and has_dualstack_ipv6 and
//! has_ipv6 as Python answers them here. Where Python raises, sockref exits 2.

use serde_json::json;

use crate::support::oracle::{self, Outcome, PyCall};

use super::harness::{self, Verdict, argv};

fn lengths() -> Vec<String> {
    let limit = i64::from(i32::MAX);
    let mut lengths: Vec<i64> = vec![0, 1, 3, 4, 7, 8, 12, 16, 255, 4096, 65536, -1, -16];
    for edge in [
        limit - 24,
        limit - 16,
        limit - 15,
        limit,
        limit + 1,
        1 << 32,
        1 << 40,
    ] {
        lengths.extend([edge - 1, edge, edge + 1]);
    }
    let mut texts: Vec<String> = lengths.iter().map(i64::to_string).collect();
    texts.extend(["0x10".to_string(), "abc".to_string(), String::new()]);
    texts
}

#[test]
fn cmsg_macros_match_python() {
    if !harness::python_ready() {
        return;
    }
    let calls: Vec<PyCall> = lengths()
        .iter()
        .flat_map(|t| ["CMSG_LEN", "CMSG_SPACE"].map(|f| PyCall::new(f, vec![json!({"int": t})])))
        .collect();
    let outcomes = oracle::ask_calls(&calls);
    let argvs: Vec<Vec<String>> = calls
        .iter()
        .map(|c| {
            argv(&[
                &c.function,
                "--",
                c.args[0]["int"].as_str().unwrap_or_default(),
            ])
        })
        .collect();
    let runs = harness::sockref_all(&argvs);
    let cases: Vec<(PyCall, Outcome)> = calls.into_iter().zip(outcomes).collect();
    let mut verdict = Verdict::new("CMSG_LEN and CMSG_SPACE");
    verdict.mirrors(&cases, &runs);
    verdict.finish();
}

#[test]
fn dualstack_is_what_python_finds() {
    if !harness::python_ready() {
        return;
    }
    let calls = [PyCall::new("has_dualstack_ipv6", vec![])];
    let outcomes = oracle::ask_calls(&calls);
    let runs = harness::sockref_all(&[argv(&["has_dualstack_ipv6"])]);
    let cases: Vec<(PyCall, Outcome)> = calls.into_iter().zip(outcomes).collect();
    let mut verdict = Verdict::new("has_dualstack_ipv6");
    verdict.mirrors(&cases, &runs);
    verdict.finish();
}

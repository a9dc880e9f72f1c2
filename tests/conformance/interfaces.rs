//! The interface mirrors against Python: if_nameindex, if_nametoindex of every interface
//! and of names none has, if_indextoname of every index and of indexes none has.
//! (Python 3.11 keeps only the low 32 bits of an index of 2**32 or more; sockref refuses
//! such an index as not a C unsigned int, so those are not compared.)

use serde_json::json;

use crate::support::oracle::{self, Outcome, PyCall};

use super::harness::{self, Verdict, argv};

#[test]
fn interface_mirrors_match_python() {
    if !harness::python_ready() {
        return;
    }
    let listed = oracle::ask_calls(&[PyCall::new("if_nameindex", vec![])]);
    let Some(list) = listed[0].returned().and_then(|v| v.as_array().cloned()) else {
        panic!("Python's if_nameindex: {:?}", listed[0]);
    };
    let mut calls = vec![PyCall::new("if_nameindex", vec![])];
    let mut argvs = vec![argv(&["if_nameindex"])];
    let names = list
        .iter()
        .filter_map(|e| e["name"].as_str().map(str::to_string))
        .chain(["nosuch0".to_string(), String::new(), "x".repeat(40)]);
    for name in names {
        calls.push(PyCall::new("if_nametoindex", vec![json!(name)]));
        argvs.push(argv(&["if_nametoindex", "--", &name]));
    }
    let indexes = list.iter().filter_map(|e| e["index"].as_i64()).chain([
        0,
        9999,
        65536,
        i64::from(i32::MAX),
        i64::from(u32::MAX),
        -1,
    ]);
    for index in indexes {
        let text = index.to_string();
        calls.push(PyCall::new("if_indextoname", vec![json!({"int": text})]));
        argvs.push(argv(&["if_indextoname", "--", &text]));
    }
    let outcomes = oracle::ask_calls(&calls);
    let runs = harness::sockref_all(&argvs);
    let cases: Vec<(PyCall, Outcome)> = calls.into_iter().zip(outcomes).collect();
    let mut verdict = Verdict::new("if_nameindex, if_nametoindex, if_indextoname");
    verdict.mirrors(&cases, &runs);
    verdict.finish();
}

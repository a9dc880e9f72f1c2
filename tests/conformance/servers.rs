//! `create_server` and `socketpair` against Python's on this machine: the listener
//! sockref makes has the options Python's `socket.create_server` sets for the same
//! arguments, and socketpair succeeds or fails with the same errno for every family and
//! type.

use serde_json::{Value, json};

use crate::support::oracle::{self, PyCall};

use super::harness::{argv, note, python_ready, sockref_all};

#[test]
fn create_server_sets_what_python_sets() {
    if !python_ready() {
        return;
    }
    let cases: [(&str, &str, bool, bool); 5] = [
        ("127.0.0.1", "AF_INET", false, false),
        ("127.0.0.1", "AF_INET", false, true),
        ("::1", "AF_INET6", false, false),
        ("::1", "AF_INET6", true, false),
        ("::", "AF_INET6", true, true),
    ];
    let calls: Vec<PyCall> = cases
        .iter()
        .map(|&(host, family, dual, reuse)| {
            PyCall::new(
                "create_server_options",
                vec![json!(host), json!(family), json!(dual), json!(reuse)],
            )
        })
        .collect();
    let outcomes = oracle::ask_calls(&calls);
    let argvs: Vec<Vec<String>> = cases
        .iter()
        .map(|&(host, family, dual, reuse)| {
            let address = if host.contains(':') {
                format!("[{host}]:0")
            } else {
                format!("{host}:0")
            };
            let mut words = vec!["create_server", "--family", family];
            if dual {
                words.push("--dualstack-ipv6");
            }
            if reuse {
                words.push("--reuse-port");
            }
            let mut a = argv(&words);
            a.push(address);
            a
        })
        .collect();
    let runs = sockref_all(&argvs);
    for ((case, outcome), run) in cases.iter().zip(&outcomes).zip(&runs) {
        let Some(theirs) = outcome.returned() else {
            // No IPv6 here: Python could not make it either; neither may sockref.
            assert_ne!(
                run.status,
                Some(0),
                "{case:?}: Python failed, sockref did not"
            );
            continue;
        };
        let ours = run
            .json()
            .unwrap_or_else(|| panic!("{case:?}: {}", run.text()));
        let ours: serde_json::Map<String, Value> = ours["options"]
            .as_array()
            .expect("options")
            .iter()
            .map(|o| {
                (
                    o["name"].as_str().expect("a name").to_string(),
                    o["value"].clone(),
                )
            })
            .collect();
        assert_eq!(Value::Object(ours), *theirs, "{case:?}");
    }
    note(&format!(
        "create_server: {} listeners have Python's options",
        cases.len()
    ));
}

#[test]
fn socketpair_succeeds_and_fails_as_python() {
    if !python_ready() {
        return;
    }
    let mut cases = Vec::new();
    for family in ["AF_UNIX", "AF_INET", "AF_INET6"] {
        for socktype in ["SOCK_STREAM", "SOCK_DGRAM", "SOCK_SEQPACKET", "SOCK_RAW"] {
            cases.push((family, socktype));
        }
    }
    let calls: Vec<PyCall> = cases
        .iter()
        .map(|&(f, t)| PyCall::new("socketpair_errno", vec![json!(f), json!(t)]))
        .collect();
    let outcomes = oracle::ask_calls(&calls);
    let runs = sockref_all(
        &cases
            .iter()
            .map(|&(f, t)| argv(&["socketpair", f, t]))
            .collect::<Vec<_>>(),
    );
    for ((case, outcome), run) in cases.iter().zip(&outcomes).zip(&runs) {
        let errno = outcome
            .returned()
            .and_then(Value::as_i64)
            .expect("an errno");
        if errno == 0 {
            assert_eq!(run.status, Some(0), "{case:?}: {}", run.text());
            let doc = run.json().expect("JSON");
            assert_eq!(doc["round_trip"]["first_to_second"], true, "{case:?}");
        } else {
            assert_eq!(
                run.status,
                Some(2),
                "{case:?}: Python errno {errno}: {}",
                run.text()
            );
            assert!(
                run.text().contains(&format!("\"code\":{errno},")),
                "{case:?}: {}",
                run.text()
            );
        }
    }
    note(&format!(
        "socketpair: {} families and types as Python",
        cases.len()
    ));
}

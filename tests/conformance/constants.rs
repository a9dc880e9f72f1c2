//! Conformance of `sockref const` with Python's `socket` module on this machine (DESIGN.md
//! section 9): every constant Python exposes for the prefixes of DESIGN.md section 1, and
//! SOMAXCONN and has_ipv6, is listed by sockref with the same integer value. The names
//! sockref has beyond Python's are printed for information.
//!
//! Where python3 is missing the test says so and passes, except under `CI`, where it fails.

use std::collections::BTreeMap;
use std::process::Command as Process;

use assert_cmd::Command;
use serde_json::Value;

use super::harness::{note, python_ready};

/// Python's constants for the prefixes of section 1 as `{"constants": {name: value}}`, plus
/// whether Python itself can open an AF_INET6 socket here.
const ORACLE: &str = r#"
import json, socket
PREFIXES = {"AF", "SOCK", "SOL", "SO", "IPPROTO", "IP", "IPV6", "TCP", "MSG", "AI", "NI",
            "EAI", "SHUT", "SCM", "INADDR"}
constants = {}
for name in dir(socket):
    value = getattr(socket, name)
    if name.split("_")[0] in PREFIXES and isinstance(value, int):
        constants[name] = int(value)
constants["SOMAXCONN"] = int(socket.SOMAXCONN)
constants["has_ipv6"] = int(socket.has_ipv6)
try:
    socket.socket(socket.AF_INET6, socket.SOCK_DGRAM).close()
    ipv6_socket = True
except OSError:
    ipv6_socket = False
print(json.dumps({"constants": constants, "ipv6_socket": ipv6_socket}))
"#;

/// Python's answer, or `None` when python3 cannot run (a skip; under CI, a failure).
fn ask_python() -> Option<Value> {
    if !python_ready() {
        return None;
    }
    let out = Process::new("python3")
        .args(["-c", ORACLE])
        .output()
        .expect("python3 was found a moment ago but does not start");
    assert!(
        out.status.success(),
        "python3 failed ({}): {}",
        out.status,
        String::from_utf8_lossy(&out.stderr).trim()
    );
    Some(serde_json::from_slice(&out.stdout).expect("Python printed JSON"))
}

/// Every constant sockref lists, by name, from one `sockref --json const` run.
fn sockref_constants() -> BTreeMap<String, i64> {
    let out = Command::cargo_bin("sockref")
        .expect("the sockref binary")
        .args(["--json", "const"])
        .output()
        .expect("run sockref");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let doc: Value = serde_json::from_slice(&out.stdout).expect("JSON on stdout");
    let rows = doc["constants"].as_array().expect("a \"constants\" array");
    let mut by_name = BTreeMap::new();
    for row in rows {
        let name = row["name"].as_str().expect("a name").to_string();
        let value = row["value"].as_i64().expect("an integer value");
        assert!(
            by_name.insert(name.clone(), value).is_none(),
            "{name} is listed twice"
        );
    }
    by_name
}

#[test]
fn every_python_constant_with_its_value() {
    let Some(python) = ask_python() else { return };
    let ours = sockref_constants();
    let theirs = python["constants"].as_object().expect("Python's constants");
    let mut failures = Vec::new();
    for (name, value) in theirs {
        let mut want = value.as_i64().expect("Python gave an integer");
        if name == "has_ipv6" && python["ipv6_socket"] == false {
            // Python's flag says how it was built; sockref asks the kernel, which here
            // refuses AF_INET6 sockets even to Python.
            want = 0;
        }
        match ours.get(name) {
            None => failures.push(format!("{name}: Python has {want}, sockref lacks it")),
            Some(&got) if got != want => {
                failures.push(format!("{name}: Python has {want}, sockref {got}"));
            }
            Some(_) => {}
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} constants disagree with Python:\n  {}",
        failures.len(),
        theirs.len(),
        failures.join("\n  ")
    );
    let extra: Vec<&str> = ours
        .keys()
        .filter(|n| !theirs.contains_key(n.as_str()))
        .map(String::as_str)
        .collect();
    note(&format!(
        "{} constants agree with Python; sockref has {} more that Python lacks: {}",
        theirs.len(),
        extra.len(),
        extra.join(" ")
    ));
}

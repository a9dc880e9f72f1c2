//! The interface mirrors against Python: if_nameindex, if_nametoindex of every interface
//! and of names none has, if_indextoname of every index and of indexes none has; and
//! `interfaces` against `ip -j addr` and Python in a private network namespace with
//! interfaces and addresses of every kind.
//! (Python 3.11 keeps only the low 32 bits of an index of 2**32 or more; sockref refuses
//! such an index as not a C unsigned int, so those are not compared.)

use serde_json::{Value, json};

use crate::support::oracle::{self, Outcome, PyCall};
use crate::support::skip::{self, note};

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

/// The commands that give a private network namespace interfaces and addresses of every
/// kind: veth pairs and a bridge, IPv4 private, documentation, link-local and
/// point-to-point addresses, IPv6 ULA, global and link-local ones, a custom MTU.
const NAMESPACE: &str = "set -e
ip link set lo up
ip link add veth0 type veth peer name veth1
ip link add br0 type bridge
ip link set veth0 mtu 1400
ip link set veth0 up
ip link set veth1 up
ip addr add 10.1.2.3/24 dev veth0
ip addr add 192.0.2.10/28 dev veth0
ip addr add fd12:3456::1/64 dev veth0 nodad
ip addr add 198.51.100.1 peer 198.51.100.2 dev veth1
ip addr add 169.254.7.7/16 scope link dev veth1
ip addr add 2001:db8::5/48 dev veth1 nodad
ip addr add 172.16.0.1/12 dev br0
";

/// Runs `script` in a new network namespace and returns what each `=== NAME` section of
/// its output printed; None (a skip) where namespaces cannot be made.
fn in_namespace(script: &str) -> Option<std::collections::BTreeMap<String, String>> {
    if !(skip::require("unshare", &["--net", "true"]) && skip::require("ip", &["-V"])) {
        return None;
    }
    let output = std::process::Command::new("unshare")
        .args(["--net", "sh", "-c", script])
        .output()
        .expect("run unshare");
    assert!(
        output.status.success(),
        "the namespace script failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    let mut sections = std::collections::BTreeMap::new();
    let mut current = None;
    for line in String::from_utf8_lossy(&output.stdout).lines() {
        if let Some(name) = line.strip_prefix("=== ") {
            current = Some(name.to_string());
            sections.insert(name.to_string(), String::new());
        } else if let Some(name) = &current {
            let text = sections.entry(name.clone()).or_default();
            text.push_str(line);
            text.push('\n');
        }
    }
    Some(sections)
}

/// One interface as both tools can say it: index, name, MTU, flags (less RUNNING, which
/// `ip` leaves out, and the NO-CARRIER and M-DOWN it adds), and the addresses as
/// (family, address, prefix length, scope, peer).
type Facts = (
    u64,
    String,
    u64,
    Vec<String>,
    Vec<(String, String, u64, String, String)>,
);

fn from_ip(ip: &Value) -> Vec<Facts> {
    let mut out = Vec::new();
    for link in ip.as_array().into_iter().flatten() {
        let mut flags: Vec<String> = link["flags"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|f| f.as_str())
            .filter(|f| !["NO-CARRIER", "M-DOWN"].contains(f))
            .map(str::to_string)
            .collect();
        flags.sort();
        let mut addresses: Vec<_> = link["addr_info"]
            .as_array()
            .into_iter()
            .flatten()
            .map(|a| {
                let family = if a["family"] == "inet" {
                    "AF_INET"
                } else {
                    "AF_INET6"
                };
                let peer = a["address"].as_str().unwrap_or_default().to_string();
                (
                    family.to_string(),
                    a["local"].as_str().unwrap_or_default().to_string(),
                    a["prefixlen"].as_u64().unwrap_or_default(),
                    a["scope"].as_str().unwrap_or_default().to_string(),
                    peer,
                )
            })
            .collect();
        addresses.sort();
        out.push((
            link["ifindex"].as_u64().unwrap_or_default(),
            link["ifname"].as_str().unwrap_or_default().to_string(),
            link["mtu"].as_u64().unwrap_or_default(),
            flags,
            addresses,
        ));
    }
    out
}

fn from_sockref(report: &Value) -> Vec<Facts> {
    let mut out = Vec::new();
    for i in report["interfaces"].as_array().into_iter().flatten() {
        let mut flags: Vec<String> = i["flags"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|f| f.as_str())
            .filter(|f| *f != "RUNNING")
            .map(str::to_string)
            .collect();
        flags.sort();
        let mut addresses: Vec<_> = i["addresses"]
            .as_array()
            .into_iter()
            .flatten()
            .map(|a| {
                (
                    a["family"].as_str().unwrap_or_default().to_string(),
                    a["address"].as_str().unwrap_or_default().to_string(),
                    a["prefixlen"].as_u64().unwrap_or_default(),
                    a["scope"].as_str().unwrap_or_default().to_string(),
                    a["peer"].as_str().unwrap_or_default().to_string(),
                )
            })
            .collect();
        addresses.sort();
        out.push((
            i["index"].as_u64().unwrap_or_default(),
            i["name"].as_str().unwrap_or_default().to_string(),
            i["mtu"].as_u64().unwrap_or_default(),
            flags,
            addresses,
        ));
    }
    out
}

#[test]
fn interfaces_in_a_namespace_agree_with_ip_and_python() {
    if !harness::python_ready() {
        return;
    }
    let sockref = env!("CARGO_BIN_EXE_sockref");
    let script = format!(
        "{NAMESPACE}sleep 0.2
echo '=== sockref'; {sockref} interfaces --json
echo '=== ip'; ip -j addr
echo '=== sockref again'; {sockref} interfaces --json
echo '=== nameindex'; {sockref} if_nameindex --json
echo '=== python'; python3 -c 'import json, socket; print(json.dumps([{{\"index\": i, \"name\": n}} for i, n in socket.if_nameindex()]))'
"
    );
    let Some(sections) = in_namespace(&script) else {
        return;
    };
    let json = |name: &str| -> Value {
        serde_json::from_str(sections.get(name).map_or("", String::as_str))
            .unwrap_or_else(|e| panic!("{name}: {e}: {sections:?}"))
    };
    let (ours, again, ip) = (
        from_sockref(&json("sockref")),
        from_sockref(&json("sockref again")),
        from_ip(&json("ip")),
    );
    // An address the kernel added while the tools ran (IPv6 link-local autoconfiguration)
    // would differ in all three; what is stable must agree.
    assert_eq!(ours, again, "the namespace changed while it was read");
    assert_eq!(ours, ip, "sockref interfaces and ip -j addr disagree");
    assert_eq!(json("nameindex")["result"], json("python"), "if_nameindex");
    let kinds: Vec<&str> = ours
        .iter()
        .flat_map(|(_, _, _, _, a)| a.iter().map(|(_, _, _, scope, _)| scope.as_str()))
        .collect();
    for scope in ["host", "link", "global"] {
        assert!(kinds.contains(&scope), "no {scope} address: {ours:?}");
    }
    note(&format!(
        "conformance: interfaces in a namespace: {} interfaces, {} addresses agree with ip and Python",
        ours.len(),
        kinds.len()
    ));
}

/// Zones and scope ids as glibc and Python take them: getaddrinfo of `fe80::1%lo` and
/// `%1`, getnameinfo's 4-tuple with a scope_id (given to sockref as an index or a name),
/// and the 2-tuple that drops the zone.
#[test]
fn scope_ids_match_python() {
    if !harness::python_ready() {
        return;
    }
    let stream = json!({"const": "SOCK_STREAM"});
    let numeric = json!({"const": "NI_NUMERICHOST"});
    let sockaddr = |parts: Value| json!({ "tuple": parts });
    let pairs: Vec<(PyCall, Vec<String>)> = vec![
        (
            PyCall::new(
                "getaddrinfo",
                vec![json!("fe80::1%lo"), json!(80), json!(0), stream.clone()],
            ),
            argv(&["getaddrinfo", "fe80::1%lo", "80", "--type", "stream"]),
        ),
        (
            PyCall::new(
                "getaddrinfo",
                vec![json!("fe80::1%1"), json!(80), json!(0), stream.clone()],
            ),
            argv(&["getaddrinfo", "fe80::1%1", "80", "--type", "stream"]),
        ),
        (
            PyCall::new(
                "getaddrinfo",
                vec![json!("fe80::1%nosuch0"), json!(80), json!(0), stream],
            ),
            argv(&["getaddrinfo", "fe80::1%nosuch0", "80", "--type", "stream"]),
        ),
        (
            PyCall::new(
                "getnameinfo",
                vec![sockaddr(json!(["fe80::1", 80, 0, 1])), numeric.clone()],
            ),
            argv(&[
                "getnameinfo",
                "fe80::1",
                "80",
                "--flags",
                "numerichost",
                "--scope-id",
                "1",
            ]),
        ),
        (
            PyCall::new(
                "getnameinfo",
                vec![sockaddr(json!(["fe80::1", 80, 0, 1])), numeric.clone()],
            ),
            argv(&[
                "getnameinfo",
                "fe80::1",
                "80",
                "--flags",
                "numerichost",
                "--scope-id",
                "lo",
            ]),
        ),
        (
            PyCall::new(
                "getnameinfo",
                vec![sockaddr(json!(["fe80::1", 80, 5, 4242])), numeric.clone()],
            ),
            argv(&[
                "getnameinfo",
                "fe80::1",
                "80",
                "--flags",
                "numerichost",
                "--flowinfo",
                "5",
                "--scope-id",
                "4242",
            ]),
        ),
        (
            PyCall::new(
                "getnameinfo",
                vec![sockaddr(json!(["fe80::1%lo", 80])), numeric.clone()],
            ),
            argv(&["getnameinfo", "fe80::1%lo", "80", "--flags", "numerichost"]),
        ),
        (
            PyCall::new(
                "getnameinfo",
                vec![sockaddr(json!(["::1", 80, 1048576, 0])), numeric.clone()],
            ),
            argv(&[
                "getnameinfo",
                "::1",
                "80",
                "--flowinfo",
                "1048576",
                "--flags",
                "numerichost",
            ]),
        ),
        (
            PyCall::new(
                "getnameinfo",
                vec![sockaddr(json!(["127.0.0.1", 80, 0, 0])), numeric],
            ),
            argv(&[
                "getnameinfo",
                "127.0.0.1",
                "80",
                "--scope-id",
                "0",
                "--flags",
                "numerichost",
            ]),
        ),
    ];
    let (calls, argvs): (Vec<PyCall>, Vec<Vec<String>>) = pairs.into_iter().unzip();
    let outcomes = oracle::ask_calls(&calls);
    let runs = harness::sockref_all(&argvs);
    let cases: Vec<(PyCall, Outcome)> = calls.into_iter().zip(outcomes).collect();
    let mut verdict = Verdict::new("zones and scope ids");
    verdict.mirrors(&cases, &runs);
    verdict.finish();
    // `inet ADDR%ZONE` gives the scope_id getaddrinfo puts in the address.
    let ours = crate::support::cli::json_of(&["inet", "fe80::1%lo"]);
    let python = oracle::ask_calls(&[PyCall::new(
        "getaddrinfo",
        vec![
            json!("fe80::1%lo"),
            json!(null),
            json!({"const": "AF_INET6"}),
            json!({"const": "SOCK_STREAM"}),
        ],
    )]);
    let row = python[0].returned().expect("Python resolves fe80::1%lo");
    assert_eq!(ours["scope_id"], row[0]["sockaddr"]["scope_id"], "{ours}");
}

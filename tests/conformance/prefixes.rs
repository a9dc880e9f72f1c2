//! `inet ADDR/LEN` against Python's ipaddress module on random prefixes of both families
//! (and the edges: /0, /31, /32, /127, /128, netmask and hostmask forms): network, masks,
//! broadcast, first and last host, size and reverse pointer, and `--contains`.

use std::process::Command;

use serde_json::Value;

use super::harness::{self, argv};
use crate::support::skip::note;

/// A small deterministic generator, so that a failure can be replayed.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        self.0 >> 11
    }
}

fn prefixes() -> Vec<(String, String)> {
    let mut rng = Lcg(0x5eed_0f1e);
    let mut out: Vec<(String, String)> = [
        ("0.0.0.0/0", "255.255.255.255"),
        ("10.0.0.1/31", "10.0.0.0"),
        ("10.0.0.1/32", "10.0.0.2"),
        ("192.168.1.0/255.255.255.0", "192.168.1.200"),
        ("192.168.1.0/0.0.0.255", "192.168.2.1"),
        ("::/0", "2001:db8::1"),
        ("2001:db8::1/127", "2001:db8::"),
        ("2001:db8::1/128", "2001:db8::2"),
        ("::ffff:192.0.2.1/120", "::ffff:192.0.2.200"),
        ("fe80::1/10", "fe80::abcd"),
    ]
    .iter()
    .map(|(p, a)| ((*p).to_string(), (*a).to_string()))
    .collect();
    for i in 0..150 {
        let v4 = i % 2 == 0;
        let (address, other, len) = if v4 {
            let a = rng.next() as u32;
            let b = if i % 3 == 0 {
                a ^ (rng.next() as u32 & 0xff)
            } else {
                rng.next() as u32
            };
            (
                std::net::Ipv4Addr::from(a).to_string(),
                std::net::Ipv4Addr::from(b).to_string(),
                rng.next() % 33,
            )
        } else {
            let a = (u128::from(rng.next()) << 64) | u128::from(rng.next());
            let b = if i % 3 == 0 {
                a ^ u128::from(rng.next() & 0xffff)
            } else {
                a.rotate_left(7)
            };
            (
                std::net::Ipv6Addr::from(a).to_string(),
                std::net::Ipv6Addr::from(b).to_string(),
                rng.next() % 129,
            )
        };
        out.push((format!("{address}/{len}"), other));
    }
    out
}

const PYTHON: &str = r#"
import ipaddress, json, sys
out = []
for text, other in json.load(sys.stdin):
    i = ipaddress.ip_interface(text)
    n = i.network
    if n.num_addresses <= 2:
        hosts = list(n.hosts())
        first, last = hosts[0], hosts[-1]
    elif n.version == 4:
        first, last = n.network_address + 1, n.broadcast_address - 1
    else:
        first, last = n.network_address + 1, n.broadcast_address
    out.append({
        "network": str(n), "netmask": str(n.netmask), "hostmask": str(n.hostmask),
        "broadcast": str(n.broadcast_address) if n.version == 4 else None,
        "last_address": str(n.broadcast_address),
        "first_host": str(first), "last_host": str(last),
        "num_addresses": str(n.num_addresses), "reverse_pointer": i.ip.reverse_pointer,
        "inside": ipaddress.ip_address(other) in n,
    })
print(json.dumps(out))
"#;

#[test]
fn prefixes_match_python_ipaddress() {
    if !harness::python_ready() {
        return;
    }
    let cases = prefixes();
    let input = serde_json::to_string(&cases).expect("JSON");
    let mut child = Command::new("python3")
        .args(["-c", PYTHON])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .expect("run python3");
    {
        use std::io::Write;
        let mut stdin = child.stdin.take().expect("stdin");
        stdin.write_all(input.as_bytes()).expect("write the cases");
    }
    let output = child.wait_with_output().expect("python3's answer");
    let python: Vec<Value> = serde_json::from_slice(&output.stdout).expect("Python's JSON");
    let argvs: Vec<Vec<String>> = cases
        .iter()
        .map(|(p, other)| argv(&["inet", "--contains", other, "--", p]))
        .collect();
    let runs = harness::sockref_all(&argvs);
    let mut failures = Vec::new();
    for (((prefix, other), want), run) in cases.iter().zip(&python).zip(&runs) {
        let Some(doc) = run.json() else {
            failures.push(format!("{prefix}: no JSON ({})", run.stderr.trim()));
            continue;
        };
        for field in [
            "network",
            "netmask",
            "hostmask",
            "broadcast",
            "last_address",
            "first_host",
            "last_host",
            "num_addresses",
            "reverse_pointer",
        ] {
            if !same_address(&doc[field], &want[field]) {
                failures.push(format!(
                    "{prefix} {field}: sockref {} Python {}",
                    doc[field], want[field]
                ));
            }
        }
        if doc["contains"]["inside"] != want["inside"] {
            failures.push(format!(
                "{prefix} --contains {other}: sockref {} Python {}",
                doc["contains"], want["inside"]
            ));
        }
        let status = if want["inside"] == true { 0 } else { 1 };
        if run.status != Some(status) {
            failures.push(format!(
                "{prefix} --contains {other}: exit {:?}, not {status}",
                run.status
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    note(&format!(
        "conformance: {} prefixes agree with Python's ipaddress",
        cases.len()
    ));
}

/// Two answers name the same address (or prefix, or value): Python 3.11 writes an
/// IPv4-mapped address in hex (`::ffff:c000:200`), inet_ntop in dotted form.
fn same_address(a: &Value, b: &Value) -> bool {
    let parse = |v: &Value| {
        v.as_str().and_then(|s| {
            let (address, len) = s.split_once('/').map_or((s, None), |(a, l)| (a, Some(l)));
            address
                .parse::<std::net::IpAddr>()
                .ok()
                .map(|ip| (ip, len.map(str::to_string)))
        })
    };
    match (parse(a), parse(b)) {
        (Some(x), Some(y)) => x == y,
        _ => a == b,
    }
}

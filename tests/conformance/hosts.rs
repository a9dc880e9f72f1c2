//! gethostbyname, gethostbyname_ex and gethostbyaddr for localhost, loopback, this host's
//! name, the rest of /etc/hosts and a few special inputs; getnameinfo with each NI_* flag;
//! gethostname; getfqdn with and without a name.
//!
//! The address with no name is `::` rather than, say, 192.0.2.77: glibc answers
//! gethostbyaddr(::) with HOST_NOT_FOUND itself, where any other unlisted address would
//! be asked of DNS.

use serde_json::{Value, json};

use crate::support::oracle::{self, PyCall};

use super::harness::{self, Verdict, argv};
use super::offline::{self, Family};

/// The names and addresses to look up: fixed ones, this host's name, /etc/hosts.
fn targets() -> Vec<String> {
    let facts = offline::facts();
    let mut targets: Vec<String> = [
        "localhost",
        "127.0.0.1",
        "::1",
        "::",
        "0.0.0.0",
        "1.2.3.4",
        "255.255.255.255",
        "<broadcast>",
        "",
    ]
    .map(String::from)
    .to_vec();
    targets.push(facts.hostname.clone());
    targets.extend(facts.host_names());
    targets.extend(facts.hosts.iter().map(|(address, _)| address.clone()));
    let mut seen = Vec::new();
    targets.retain(|t| {
        let new = !seen.contains(t);
        seen.push(t.clone());
        new
    });
    targets
}

/// Whether `function(target)` is answered without DNS (see offline.rs). gethostbyname
/// resolves in AF_INET; gethostbyname_ex then reads the hosts database by name, which
/// for "" and "<broadcast>" means DNS; gethostbyaddr resolves and then reads by address,
/// except for "", which Python refuses first ("wildcard resolved to multiple address").
fn stays_offline(function: &str, target: &str) -> bool {
    let facts = offline::facts();
    match function {
        "gethostbyname" => {
            ["", "<broadcast>"].contains(&target)
                || facts.forward_offline(Some(target), Family::Inet, "")
        }
        "gethostbyname_ex" => {
            !["", "<broadcast>"].contains(&target)
                && (offline::is_numeric(target)
                    || facts.forward_offline(Some(target), Family::Inet, ""))
        }
        "getfqdn" => {
            let t = target.trim();
            let own = t.is_empty() || t == "0.0.0.0" || t == "::";
            facts.reverse_offline(if own { &facts.hostname } else { t })
        }
        _ => target.is_empty() || facts.reverse_offline(target),
    }
}

#[test]
fn host_lookups_match_python() {
    if !harness::python_ready() {
        return;
    }
    let mut cases: Vec<(PyCall, Vec<String>)> = Vec::new();
    let mut skipped = Vec::new();
    let targets = targets();
    let mut fqdn_targets = targets.clone();
    fqdn_targets.push("  localhost  ".to_string());
    for function in [
        "gethostbyname",
        "gethostbyname_ex",
        "gethostbyaddr",
        "getfqdn",
    ] {
        let list = if function == "getfqdn" {
            &fqdn_targets
        } else {
            &targets
        };
        for target in list {
            if stays_offline(function, target) {
                cases.push((
                    PyCall::new(function, vec![json!(target)]),
                    argv(&[function, "--", target]),
                ));
            } else {
                skipped.push(format!("{function}({target:?})"));
            }
        }
    }
    cases.push((PyCall::new("getfqdn", vec![]), argv(&["getfqdn"])));
    cases.push((PyCall::new("gethostname", vec![]), argv(&["gethostname"])));
    cases.extend(nameinfo_cases(&mut skipped));
    if !skipped.is_empty() {
        harness::note(&format!(
            "host lookups skipped, they would need DNS: {}",
            skipped.join(", ")
        ));
    }
    let (calls, argvs): (Vec<PyCall>, Vec<Vec<String>>) = cases.into_iter().unzip();
    let outcomes = oracle::ask_calls(&calls);
    let runs = harness::sockref_all(&argvs);
    let mut verdict = Verdict::new("gethostby*/getnameinfo/gethostname/getfqdn");
    verdict.mirrors(&calls.into_iter().zip(outcomes).collect::<Vec<_>>(), &runs);
    verdict.finish();
}

/// getnameinfo for loopback, `::` and scoped and malformed inputs, with every NI_* flag
/// and ports with and without a service; names are asked only where /etc/hosts answers.
fn nameinfo_cases(skipped: &mut Vec<String>) -> Vec<(PyCall, Vec<String>)> {
    let facts = offline::facts();
    let flag_sets = [
        "0",
        "NI_NUMERICHOST",
        "NI_NUMERICSERV",
        "NI_NAMEREQD",
        "NI_DGRAM",
        "NI_NOFQDN",
        "NI_NUMERICHOST|NI_NUMERICSERV",
        "NI_NUMERICHOST|NI_DGRAM",
        "NI_NUMERICHOST|NI_NAMEREQD",
    ];
    let inputs: [(&str, &[i64]); 6] = [
        (
            "127.0.0.1",
            &[
                80,
                443,
                0,
                9,
                53,
                65535,
                65536,
                65616,
                -1,
                1 << 31,
                -(1 << 31) - 1,
            ],
        ),
        ("::1", &[443, 80]),
        ("::", &[80]),
        ("fe80::1%1", &[80]),
        ("localhost", &[80]),
        ("1.2.3.4.5", &[80]),
    ];
    let mut cases = Vec::new();
    for (host, ports) in inputs {
        for port in ports {
            for flags in flag_sets {
                let numeric = flags.contains("NI_NUMERICHOST");
                // Python resolves the host with AI_NUMERICHOST first; a name fails there,
                // before any reverse lookup, so it needs no hosts entry. A port is not
                // range-checked (glibc keeps its low 16 bits), so it stops nothing.
                let stopped = !offline::is_numeric(host);
                if !(numeric || stopped || facts.reverse_offline(host)) {
                    skipped.push(format!("getnameinfo(({host:?}, {port}), {flags})"));
                    continue;
                }
                let sockaddr = json!({"tuple": [host, port]});
                cases.push((
                    PyCall::new("getnameinfo", vec![sockaddr, json!({"const": flags})]),
                    argv(&[
                        "getnameinfo",
                        "--flags",
                        flags,
                        "--",
                        host,
                        &port.to_string(),
                    ]),
                ));
            }
        }
    }
    cases
}

#[test]
fn hostname_verb_matches_python() {
    if !harness::python_ready() {
        return;
    }
    let hostname = offline::facts().hostname.clone();
    if !stays_offline("getfqdn", "") {
        harness::note(&format!(
            "hostname verb skipped: {hostname:?} is not in /etc/hosts, getfqdn would need DNS"
        ));
        return;
    }
    let calls = [
        PyCall::new("gethostname", vec![]),
        PyCall::new("getfqdn", vec![]),
        PyCall::new(
            "getaddrinfo",
            vec![
                json!(hostname),
                Value::Null,
                json!(0),
                json!({"const": "SOCK_STREAM"}),
            ],
        ),
    ];
    let outcomes = oracle::ask_calls(&calls);
    let runs = harness::sockref_all(&[argv(&["hostname"])]);
    let run = &runs[0];
    let doc = run.json().unwrap_or(Value::Null);
    let mut addresses: Vec<Value> = Vec::new();
    for row in outcomes[2]
        .returned()
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
    {
        let address = row["sockaddr"]["address"].clone();
        if !addresses.contains(&address) {
            addresses.push(address);
        }
    }
    let wants = [
        outcomes[0].returned().cloned().unwrap_or(Value::Null),
        outcomes[1].returned().cloned().unwrap_or(Value::Null),
        json!(addresses),
    ];
    let mut verdict = Verdict::new("hostname verb");
    for ((call, outcome), (field, want)) in calls
        .iter()
        .zip(&outcomes)
        .zip(["hostname", "fqdn", "addresses"].into_iter().zip(wants))
    {
        let problem = format!("\"{field}\" differs from Python's");
        verdict.check(
            (run.status != Some(0) || doc[field] != want)
                .then(|| harness::describe(call, outcome, run, &problem)),
        );
    }
    verdict.finish();
}

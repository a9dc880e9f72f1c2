//! gethostbyname, gethostbyname_ex and gethostbyaddr for localhost, loopback, this host's
//! name, the rest of /etc/hosts and a few special inputs; getnameinfo with each NI_* flag;
//! gethostname; getfqdn with and without a name.
//!
//! The address with no name is `::` rather than, say, 192.0.2.77: glibc answers
//! gethostbyaddr(::) with HOST_NOT_FOUND itself, where any other unlisted address would
//! be asked of DNS. Lookups this host would send to DNS run in the resolver sandbox
//! instead (see offline.rs), against the same Python there.

use serde_json::{Value, json};

use crate::support::oracle::PyCall;

use super::harness::{self, Place, Verdict, argv};
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
    let mut need_dns: Vec<(PyCall, Vec<String>)> = Vec::new();
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
            let case = (
                PyCall::new(function, vec![json!(target)]),
                argv(&[function, "--", target]),
            );
            if stays_offline(function, target) {
                cases.push(case);
            } else {
                need_dns.push(case);
            }
        }
    }
    cases.push((PyCall::new("getfqdn", vec![]), argv(&["getfqdn"])));
    cases.push((PyCall::new("gethostname", vec![]), argv(&["gethostname"])));
    cases.extend(nameinfo_cases(&mut need_dns));
    let group = "gethostby*/getnameinfo/gethostname/getfqdn";
    mirrors_agree(Place::Host, group, cases);
    if need_dns.is_empty() {
        return;
    }
    let Some(sandbox) = offline::resolver_sandbox() else {
        return;
    };
    mirrors_agree(
        Place::Sandbox(&sandbox),
        &format!("{group} in the resolver sandbox"),
        need_dns,
    );
}

/// Asks each call of Python and runs its mirror in `place`; they must agree.
fn mirrors_agree(place: Place, group: &str, cases: Vec<(PyCall, Vec<String>)>) {
    let (calls, argvs): (Vec<PyCall>, Vec<Vec<String>>) = cases.into_iter().unzip();
    let outcomes = place.ask_calls(&calls);
    let runs = place.sockref_all(&argvs);
    let mut verdict = Verdict::new(group);
    verdict.mirrors(&calls.into_iter().zip(outcomes).collect::<Vec<_>>(), &runs);
    verdict.finish();
}

/// getnameinfo for loopback, `::` and scoped and malformed inputs, with every NI_* flag
/// and ports with and without a service; the cases that would ask DNS for a name go to
/// `need_dns`.
fn nameinfo_cases(need_dns: &mut Vec<(PyCall, Vec<String>)>) -> Vec<(PyCall, Vec<String>)> {
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
                let sockaddr = json!({"tuple": [host, port]});
                let case = (
                    PyCall::new("getnameinfo", vec![sockaddr, json!({"const": flags})]),
                    argv(&[
                        "getnameinfo",
                        "--flags",
                        flags,
                        "--",
                        host,
                        &port.to_string(),
                    ]),
                );
                if numeric || stopped || facts.reverse_offline(host) {
                    cases.push(case);
                } else {
                    need_dns.push(case);
                }
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
    // Where this host's name is not in /etc/hosts, getfqdn would ask DNS: then the verb
    // runs in the resolver sandbox, whose hosts file lists the name.
    let sandbox;
    let (place, group) = if stays_offline("getfqdn", "") {
        (Place::Host, "hostname verb")
    } else {
        let Some(sb) = offline::resolver_sandbox() else {
            return;
        };
        sandbox = sb;
        (
            Place::Sandbox(&sandbox),
            "hostname verb in the resolver sandbox",
        )
    };
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
    let outcomes = place.ask_calls(&calls);
    let runs = place.sockref_all(&[argv(&["hostname"])]);
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
    let mut verdict = Verdict::new(group);
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

//! getaddrinfo over numeric hosts, localhost and the other names of /etc/hosts, with
//! ports, families, socket types, protocols and flags, and the errors each EAI_* code
//! stands for; every row must be Python's, in Python's order. Then the `resolve` verb
//! against Python's getaddrinfo(host, None, flags=AI_CANONNAME). Queries this host would
//! send to DNS run in the resolver sandbox instead (see offline.rs).

use serde_json::{Value, json};

use crate::support::oracle::{Outcome, PyCall};

use super::harness::{self, Place, Verdict, argv};
use super::offline::{self, Family};

/// A getaddrinfo port: a number, a service name, or None.
#[derive(Debug, Clone, Copy)]
enum Port {
    Number(i64),
    Name(&'static str),
    Null,
}

/// One getaddrinfo call; hints are constant names (or numbers) both sides take.
#[derive(Debug, Clone)]
struct Query {
    host: Option<String>,
    port: Port,
    family: Family,
    socktype: &'static str,
    proto: &'static str,
    flags: &'static str,
}

impl Query {
    fn new(host: Option<&str>, port: Port, family: Family) -> Query {
        Query {
            host: host.map(str::to_string),
            port,
            family,
            socktype: "0",
            proto: "0",
            flags: "0",
        }
    }

    fn call(&self) -> PyCall {
        let port = match self.port {
            Port::Number(n) => json!(n),
            Port::Name(s) => json!(s),
            Port::Null => Value::Null,
        };
        PyCall::new(
            "getaddrinfo",
            vec![
                json!(self.host),
                port,
                json!({"const": self.family.name()}),
                json!({"const": self.socktype}),
                json!({"const": self.proto}),
                json!({"const": self.flags}),
            ],
        )
    }

    fn argv(&self) -> Vec<String> {
        let port = match self.port {
            Port::Number(n) => n.to_string(),
            Port::Name(s) => s.to_string(),
            Port::Null => "None".to_string(),
        };
        let host = self.host.as_deref().unwrap_or("None");
        argv(&[
            "getaddrinfo",
            "--family",
            self.family.name(),
            "--type",
            self.socktype,
            "--proto",
            self.proto,
            "--flags",
            self.flags,
            "--",
            host,
            &port,
        ])
    }
}

const FAMILIES: [Family; 3] = [Family::Unspec, Family::Inet, Family::Inet6];
const TYPES: [&str; 4] = ["0", "SOCK_STREAM", "SOCK_DGRAM", "SOCK_RAW"];
const FLAGS: [&str; 10] = [
    "AI_PASSIVE",
    "AI_CANONNAME",
    "AI_NUMERICHOST",
    "AI_NUMERICSERV",
    "AI_V4MAPPED",
    "AI_V4MAPPED|AI_ALL",
    "AI_ADDRCONFIG",
    "AI_CANONNAME|AI_PASSIVE",
    "AI_NUMERICHOST|AI_NUMERICSERV",
    "AI_ADDRCONFIG|AI_V4MAPPED",
];

fn hosts() -> Vec<Option<String>> {
    let facts = offline::facts();
    let mut hosts: Vec<Option<String>> = [
        "127.0.0.1",
        "::1",
        "0.0.0.0",
        "::",
        "::ffff:127.0.0.1",
        "1.2.3.4",
        "fe80::1%1",
        "localhost",
    ]
    .iter()
    .map(|h| Some((*h).to_string()))
    .collect();
    hosts.push(Some(facts.hostname.clone()));
    hosts.push(None);
    hosts
}

/// The matrix: hosts x ports x families x types; hosts x families x flags; protocols.
fn queries() -> Vec<Query> {
    let mut queries = Vec::new();
    let ports = [Port::Number(80), Port::Name("http"), Port::Null];
    for host in hosts() {
        for family in FAMILIES {
            for port in ports {
                for socktype in TYPES {
                    let mut q = Query::new(host.as_deref(), port, family);
                    q.socktype = socktype;
                    queries.push(q);
                }
            }
            for flags in FLAGS {
                let port = match flags {
                    "AI_NUMERICSERV" => Port::Name("http"),
                    "AI_PASSIVE" | "AI_CANONNAME|AI_PASSIVE" => Port::Null,
                    _ => Port::Number(80),
                };
                for port in [Port::Number(443), port] {
                    let mut q = Query::new(host.as_deref(), port, family);
                    q.flags = flags;
                    queries.push(q);
                }
            }
        }
    }
    for host in ["127.0.0.1", "::1", "localhost"] {
        for socktype in TYPES {
            for proto in ["IPPROTO_TCP", "IPPROTO_UDP", "IPPROTO_SCTP", "IPPROTO_ICMP"] {
                let mut q = Query::new(Some(host), Port::Number(80), Family::Unspec);
                (q.socktype, q.proto) = (socktype, proto);
                queries.push(q);
            }
        }
    }
    queries.extend(error_queries());
    queries
}

/// One query per EAI_* answer the platform gives without asking DNS: a bad name under
/// AI_NUMERICHOST, a family or type it does not know, flags it refuses, a service it
/// lacks or one that does not fit the socket type.
fn error_queries() -> Vec<Query> {
    let q = |host: Option<&str>, port: Port, family: Family| Query::new(host, port, family);
    let mut out = vec![
        q(None, Port::Null, Family::Unspec),
        q(Some("1.2.3.4"), Port::Number(80), Family::Inet6),
        q(Some("::1"), Port::Number(80), Family::Inet),
        q(
            Some("127.0.0.1"),
            Port::Name("nosuchservice-sockref"),
            Family::Unspec,
        ),
        q(Some("127.0.0.1"), Port::Number(-1), Family::Unspec),
        q(Some("127.0.0.1"), Port::Number(65536), Family::Unspec),
        q(Some("127.0.0.1"), Port::Name(""), Family::Unspec),
        q(None, Port::Number(80), Family::Unspec),
    ];
    let with = |mut base: Query, socktype: &'static str, proto, flags| {
        (base.socktype, base.proto, base.flags) = (socktype, proto, flags);
        base
    };
    let numeric = |host: &str| q(Some(host), Port::Number(80), Family::Unspec);
    for host in [
        "localhost",
        "not-an-address",
        "",
        "127.1",
        "1.2.3.4.5",
        "::1::",
    ] {
        out.push(with(numeric(host), "0", "0", "AI_NUMERICHOST"));
    }
    out.extend([
        with(numeric("127.0.0.1"), "0", "0", "0x10000"),
        with(numeric("127.0.0.1"), "12345", "0", "0"),
        with(numeric("127.0.0.1"), "SOCK_STREAM", "IPPROTO_UDP", "0"),
        with(numeric("127.0.0.1"), "SOCK_DGRAM", "IPPROTO_TCP", "0"),
        with(
            q(None, Port::Null, Family::Unspec),
            "0",
            "0",
            "AI_CANONNAME",
        ),
        with(
            q(None, Port::Number(80), Family::Unspec),
            "0",
            "0",
            "AI_CANONNAME",
        ),
        with(
            q(Some("127.0.0.1"), Port::Name("http"), Family::Unspec),
            "SOCK_RAW",
            "0",
            "0",
        ),
        with(
            q(Some("127.0.0.1"), Port::Name("http"), Family::Unspec),
            "0",
            "0",
            "AI_NUMERICSERV",
        ),
    ]);
    let mut bad_family = numeric("127.0.0.1");
    bad_family.family = Family::Unknown;
    out.push(bad_family);
    out
}

#[test]
fn getaddrinfo_matches_python() {
    if !harness::python_ready() {
        return;
    }
    let facts = offline::facts();
    let (local, need_dns): (Vec<Query>, Vec<Query>) = queries()
        .into_iter()
        .partition(|q| facts.forward_offline(q.host.as_deref(), q.family, q.flags));
    mirrors_agree(Place::Host, "getaddrinfo", &local);
    // The rest would ask DNS here: they run where a hosts file of ours and a DNS server
    // that knows no zone give every answer.
    if need_dns.is_empty() {
        return;
    }
    let Some(sandbox) = offline::resolver_sandbox() else {
        return;
    };
    mirrors_agree(
        Place::Sandbox(&sandbox),
        "getaddrinfo in the resolver sandbox",
        &need_dns,
    );
}

/// Asks each query of Python and of the getaddrinfo mirror in `place`; they must agree.
fn mirrors_agree(place: Place, group: &str, queries: &[Query]) {
    let calls: Vec<PyCall> = queries.iter().map(Query::call).collect();
    let outcomes = place.ask_calls(&calls);
    let runs = place.sockref_all(&queries.iter().map(Query::argv).collect::<Vec<_>>());
    let mut verdict = Verdict::new(group);
    verdict.mirrors(&calls.into_iter().zip(outcomes).collect::<Vec<_>>(), &runs);
    verdict.finish();
}

/// One `resolve` run over several names, with the getaddrinfo query Python answers for each.
struct ResolveGroup {
    queries: Vec<Query>,
    argv: Vec<String>,
}

#[test]
fn resolve_matches_python() {
    if !harness::python_ready() {
        return;
    }
    let facts = offline::facts();
    let mut names: Vec<String> = hosts().into_iter().flatten().collect();
    for name in facts.host_names() {
        if !names.contains(&name) {
            names.push(name);
        }
    }
    let views = [
        (None, Family::Unspec),
        (Some("-4"), Family::Inet),
        (Some("-6"), Family::Inet6),
    ];
    let (mut local, mut need_dns) = (Vec::new(), Vec::new());
    for (option, family) in views {
        let (here, elsewhere): (Vec<String>, Vec<String>) = names
            .iter()
            .cloned()
            .partition(|h| facts.forward_offline(Some(h), family, "AI_CANONNAME"));
        local.extend(resolve_group(option, family, &here));
        need_dns.extend(resolve_group(option, family, &elsewhere));
    }
    resolve_agrees(Place::Host, "resolve", &local);
    if need_dns.is_empty() {
        return;
    }
    let Some(sandbox) = offline::resolver_sandbox() else {
        return;
    };
    resolve_agrees(
        Place::Sandbox(&sandbox),
        "resolve in the resolver sandbox",
        &need_dns,
    );
}

/// `resolve [OPTION] -- HOSTS...`, unless there are no hosts.
fn resolve_group(option: Option<&str>, family: Family, hosts: &[String]) -> Option<ResolveGroup> {
    if hosts.is_empty() {
        return None;
    }
    let queries: Vec<Query> = hosts
        .iter()
        .map(|h| {
            let mut q = Query::new(Some(h), Port::Null, family);
            q.flags = "AI_CANONNAME";
            q
        })
        .collect();
    let mut words = vec!["resolve"];
    words.extend(option);
    words.push("--");
    words.extend(hosts.iter().map(String::as_str));
    Some(ResolveGroup {
        queries,
        argv: argv(&words),
    })
}

/// Runs each group's `resolve` in `place`; every entry must hold Python's getaddrinfo rows
/// for its name, and the exit status the worst of its names.
fn resolve_agrees(place: Place, group: &str, groups: &[ResolveGroup]) {
    let calls: Vec<PyCall> = groups
        .iter()
        .flat_map(|g| g.queries.iter().map(Query::call))
        .collect();
    let mut outcomes = place.ask_calls(&calls).into_iter();
    let runs = place.sockref_all(&groups.iter().map(|g| g.argv.clone()).collect::<Vec<_>>());
    let mut verdict = Verdict::new(group);
    for (g, run) in groups.iter().zip(&runs) {
        let doc = run.json().unwrap_or(Value::Null);
        let entries = doc["results"].as_array().cloned().unwrap_or_default();
        let mut worst = 0;
        for (i, query) in g.queries.iter().enumerate() {
            let outcome = outcomes.next().expect("one outcome per query");
            if let Outcome::Raised(r) = &outcome {
                worst = worst.max(harness::expected_status("getaddrinfo", r));
            }
            let entry = entries.get(i).cloned().unwrap_or(Value::Null);
            verdict.check(
                entry_mismatch(query, &entry, &outcome)
                    .map(|p| harness::describe(&query.call(), &outcome, run, &p)),
            );
        }
        let status_ok = run.status == Some(worst);
        verdict.check((!status_ok).then(|| {
            format!(
                "resolve must exit {worst}, the worst status of its names\n    sockref: {}",
                run.command_line()
            )
        }));
    }
    verdict.finish();
}

/// Why one `resolve` entry disagrees with Python's getaddrinfo rows for its name.
fn entry_mismatch(query: &Query, entry: &Value, outcome: &Outcome) -> Option<String> {
    let host = query.host.as_deref().unwrap_or_default();
    if entry["input"] != host {
        return Some(format!("entry {entry} is not the one for {host:?}"));
    }
    match outcome {
        Outcome::Raised(r) => {
            let agrees = entry["status"] == "error"
                && entry["error"]["kind"] == "gaierror"
                && r.errno.is_some_and(|e| entry["error"]["code"] == e);
            (!agrees).then(|| format!("entry {entry} must be a gaierror with Python's code"))
        }
        Outcome::Returned(rows) => {
            let rows = rows.as_array().cloned().unwrap_or_default();
            let canonname = rows
                .iter()
                .filter_map(|r| r["canonname"].as_str())
                .find(|c| !c.is_empty());
            let want = json!({
                "status": "ok",
                "canonname": canonname,
                "addresses": distinct_addresses(&rows),
            });
            // Port and scope_id are the verb's extras; Python's rows carry them elsewhere.
            let address = |x: &Value| {
                json!({
                    "family": x["family"],
                    "address": x["address"],
                    "types": x["types"],
                })
            };
            let got = json!({
                "status": entry["status"],
                "canonname": entry["canonname"],
                "addresses": entry["addresses"]
                    .as_array()
                    .map(|a| a.iter().map(address).collect::<Vec<_>>()),
            });
            (want != got).then(|| format!("entry {got} should be {want}"))
        }
    }
}

/// Python's rows folded into one per address, in the order the addresses first appear,
/// each with the socket types listed for it in order.
fn distinct_addresses(rows: &[Value]) -> Vec<Value> {
    let mut out: Vec<Value> = Vec::new();
    for row in rows {
        let (family, address) = (&row["family"], &row["sockaddr"]["address"]);
        let existing = out
            .iter_mut()
            .find(|a| a["family"] == *family && a["address"] == *address);
        match existing {
            Some(a) => {
                let types = a["types"].as_array_mut().expect("types is an array");
                if !types.contains(&row["type"]) {
                    types.push(row["type"].clone());
                }
            }
            None => out.push(json!({"family": family, "address": address, "types": [row["type"]]})),
        }
    }
    out
}

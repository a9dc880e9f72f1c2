//! Zones and hosts files the resolver cases share, and the comparisons they make against
//! Python's socket module in the same sandbox.

use serde_json::{Value, json};

use super::oracle::Outcome;
use super::sandbox::Sandbox;

/// The forward zone `test.`.
pub const TEST_ZONE: &str = r#"$ORIGIN test.
$TTL 60
@       IN SOA ns.test. admin.test. 1 60 60 60 60
@       IN NS  ns.test.
ns      IN A    127.0.0.1
www     IN A    10.0.0.1
www     IN AAAA fd00::1
multi   IN A    10.0.1.1
multi   IN A    10.0.1.2
multi   IN A    10.0.1.3
multi   IN AAAA fd00::11
multi   IN AAAA fd00::12
v4only  IN A    10.0.2.1
v6only  IN AAAA fd00::21
alias   IN CNAME mid.test.
mid     IN CNAME www.test.
both    IN A    10.0.3.1
"#;

/// The reverse zone `10.in-addr.arpa.`.
pub const REVERSE_ZONE: &str = r#"$ORIGIN 10.in-addr.arpa.
$TTL 60
@       IN SOA ns.test. admin.test. 1 60 60 60 60
@       IN NS  ns.test.
1.0.0   IN PTR www.test.
1.2.0   IN PTR v4only.test.
"#;

/// Address family, socket type and flag values as the C library defines them.
pub const AF_INET: i64 = 2;
pub const AF_INET6: i64 = 10;
pub const SOCK_STREAM: i64 = 1;
pub const AI_CANONNAME: i64 = 0x2;
pub const AI_ADDRCONFIG: i64 = 0x20;
pub const NI_NUMERICHOST: i64 = 0x1;
pub const NI_NAMEREQD: i64 = 0x8;

/// A sandbox serving both zones, or `None` when the sandbox is unavailable.
pub fn dns_sandbox() -> Option<Sandbox> {
    Some(Sandbox::new()?.zone(TEST_ZONE).zone(REVERSE_ZONE))
}

/// Compares `sockref getaddrinfo` with Python's getaddrinfo for one question: the same rows
/// in the same order, or the same EAI code with exit status 1 or 2.
pub fn getaddrinfo_matches_python(
    sb: &Sandbox,
    host: &str,
    family: i64,
    socktype: i64,
    flags: i64,
) {
    let python = sb.python(&json!([[
        "getaddrinfo",
        host,
        null,
        family,
        socktype,
        0,
        flags
    ]]));
    let (family_s, type_s, flags_s) = (family.to_string(), socktype.to_string(), flags.to_string());
    let run = sb.sockref(&[
        "getaddrinfo",
        host,
        "None",
        "--family",
        &family_s,
        "--type",
        &type_s,
        "--flags",
        &flags_s,
        "--json",
    ]);
    let context = format!("getaddrinfo({host:?}, None, {family}, {socktype}, 0, {flags:#x})");
    match &python[0] {
        Outcome::Returned(result) => {
            assert_eq!(
                run.status, 0,
                "{context}: python answered {result}, sockref failed: {}",
                run.stderr
            );
            assert_eq!(&run.json()["result"], result, "{context}");
        }
        Outcome::Raised(raised) => {
            let code = raised.errno;
            assert!(
                run.status == 1 || run.status == 2,
                "{context}: python {code:?}, sockref {}",
                run.stdout
            );
            assert_eq!(
                run.error_json()["error"]["code"].as_i64(),
                code,
                "{context}: {}",
                run.stderr
            );
        }
    }
}

/// The distinct addresses of a Python getaddrinfo answer, in first-seen order.
pub fn python_addresses(sb: &Sandbox, host: &str, family: i64) -> Vec<String> {
    let python = sb.python(&json!([[
        "getaddrinfo",
        host,
        null,
        family,
        0,
        0,
        AI_CANONNAME
    ]]));
    let mut out: Vec<String> = Vec::new();
    for row in python[0].result().as_array().into_iter().flatten() {
        let address = row["sockaddr"]["address"]
            .as_str()
            .unwrap_or_default()
            .to_string();
        if !out.contains(&address) {
            out.push(address);
        }
    }
    out
}

/// The addresses of the first entry of `sockref resolve --json`, in order.
pub fn resolved_addresses(report: &Value) -> Vec<String> {
    report["results"][0]["addresses"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|a| a["address"].as_str().map(str::to_string))
        .collect()
}

/// The addresses `getent ahosts` prints, in order, each once.
pub fn getent_addresses(sb: &Sandbox, host: &str) -> Vec<String> {
    let run = sb.getent(&["ahosts", host]);
    let mut out: Vec<String> = Vec::new();
    for line in run.stdout.lines() {
        if let Some(address) = line.split_whitespace().next()
            && !out.iter().any(|a| a == address)
        {
            out.push(address.to_string());
        }
    }
    out
}

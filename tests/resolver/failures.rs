//! Resolution failures, hostile names and the longest legal names, in the resolver sandbox.
//! Each failure must carry the platform's own error (the code Python's socket module gets in
//! the same sandbox), exit 1, and a clear line naming the call.

use std::time::Duration;

use serde_json::{Value, json};

use crate::support::sandbox::{Sandbox, python_available};
use crate::support::zones::*;

/// Checks that sockref fails the way Python does for `host` (same EAI code), exits 1 and
/// writes one line naming getaddrinfo and the host.
fn fails_like_python(sb: &Sandbox, host: &str, family: i64, expected_name: &[&str]) {
    let python = sb.python(&json!([["getaddrinfo", host, null, family, 0, 0, 0]]));
    let code = python[0].errno();
    assert!(
        code.is_some(),
        "{host}: python did not fail: {:?}",
        python[0]
    );
    let family_s = family.to_string();
    let json_run = sb.sockref(&["getaddrinfo", host, "None", "--family", &family_s, "--json"]);
    assert_eq!(json_run.status, 1, "{host}: {}", json_run.stderr);
    let error = json_run.error_json();
    assert_eq!(error["error"]["code"].as_i64(), code, "{host}");
    let name = error["error"]["name"]
        .as_str()
        .unwrap_or_default()
        .to_string();
    assert!(
        expected_name.contains(&name.as_str()),
        "{host}: {name} not in {expected_name:?}"
    );
    let line = sb.sockref(&["getaddrinfo", host, "None", "--family", &family_s]);
    assert_eq!(line.status, 1);
    assert!(
        line.stderr
            .starts_with(&format!("sockref: getaddrinfo(\"{host}\", None"))
            && line.stderr.contains(&name),
        "{}",
        line.stderr
    );
    assert_eq!(line.stderr.lines().count(), 1, "one line: {}", line.stderr);
}

#[test]
fn nxdomain_is_eai_noname() {
    let Some(sb) = dns_sandbox() else { return };
    if !python_available() {
        return;
    }
    fails_like_python(&sb, "nosuch.test", 0, &["EAI_NONAME"]);
    let resolve = sb.sockref(&["resolve", "nosuch.test", "www.test", "--json"]);
    assert_eq!(resolve.status, 1, "a failed name makes the batch exit 1");
    let report = resolve.json();
    assert_eq!(report["results"][0]["error"]["name"], "EAI_NONAME");
    assert_eq!(
        report["results"][1]["status"], "ok",
        "the other name still resolves"
    );
}

#[test]
fn servfail_is_a_temporary_failure() {
    let Some(sb) = dns_sandbox() else { return };
    if !python_available() {
        return;
    }
    let sb = sb
        .zone("$ORIGIN broken.test.\n$TTL 60\n@ IN SOA ns.test. a.test. 1 60 60 60 60\n")
        .servfail("broken.test.");
    fails_like_python(
        &sb,
        "x.broken.test",
        0,
        &["EAI_AGAIN", "EAI_FAIL", "EAI_NONAME"],
    );
}

#[test]
fn a_name_without_the_asked_family() {
    let Some(sb) = dns_sandbox() else { return };
    if !python_available() {
        return;
    }
    fails_like_python(
        &sb,
        "v4only.test",
        AF_INET6,
        &["EAI_NODATA", "EAI_ADDRFAMILY", "EAI_NONAME"],
    );
    fails_like_python(
        &sb,
        "v6only.test",
        AF_INET,
        &["EAI_NODATA", "EAI_ADDRFAMILY", "EAI_NONAME"],
    );
    let resolve = sb.sockref(&["resolve", "-6", "v4only.test", "--json"]);
    assert_eq!(resolve.status, 1);
}

#[test]
fn a_server_that_never_answers_meets_the_deadline() {
    let Some(sb) = Sandbox::new() else { return };
    // The resolver itself would wait 5 s per try, twice.
    let sb = sb
        .resolv("nameserver 127.0.0.2\noptions timeout:5 attempts:2\n")
        .silent("127.0.0.2");
    let run = sb.sockref(&["--timeout", "1", "resolve", "slow.test", "--json"]);
    assert_eq!(run.status, 1, "{}", run.stderr);
    assert!(
        run.elapsed < Duration::from_secs(4),
        "took {:?}",
        run.elapsed
    );
    let report = run.json();
    assert_eq!(report["results"][0]["error"]["kind"], "timeout");
    let mirror = sb.sockref(&["--timeout", "0.5", "getaddrinfo", "slow.test", "80"]);
    assert_eq!(mirror.status, 1);
    assert!(
        mirror.elapsed < Duration::from_secs(3),
        "took {:?}",
        mirror.elapsed
    );
    assert_eq!(
        mirror.stderr,
        "sockref: getaddrinfo(\"slow.test\", 80): timed out after 0.5s\n"
    );
}

#[test]
fn a_refused_connection_to_the_server() {
    let Some(sb) = Sandbox::new() else { return };
    if !python_available() {
        return;
    }
    // Nothing listens on 127.0.0.3: the query is refused at once.
    let sb = sb.resolv("nameserver 127.0.0.3\noptions timeout:1 attempts:1\n");
    fails_like_python(
        &sb,
        "refused.test",
        0,
        &["EAI_AGAIN", "EAI_NONAME", "EAI_FAIL"],
    );
}

#[test]
fn hostile_names_from_the_hosts_file_are_escaped() {
    let Some(sb) = Sandbox::new() else { return };
    let sb = sb.hosts("127.0.0.1 localhost\n10.6.6.6 evil\x1b[31m.test \x1b]0;title\x07alias\n");
    let name = "evil\x1b[31m.test";
    let table = sb.sockref(&["resolve", name]);
    assert_eq!(table.status, 0, "{}", table.stderr);
    assert!(
        !table.stdout.contains('\x1b'),
        "raw escape in the table: {:?}",
        table.stdout
    );
    assert!(
        table.stdout.contains("evil\\x1b[31m.test"),
        "{}",
        table.stdout
    );
    assert!(
        table.stdout.contains("\\x1b]0;title\\x07alias"),
        "{}",
        table.stdout
    );
    let tsv = sb.sockref(&["resolve", name, "--format", "tsv"]);
    assert!(!tsv.stdout.contains('\x1b') && !tsv.stdout.contains('\x07'));
    let json: Value = sb.sockref(&["resolve", name, "--json"]).json();
    assert_eq!(
        json["results"][0]["canonname"], name,
        "JSON keeps the exact name, escaped by JSON"
    );
    assert_eq!(json["results"][0]["aliases"][0], "\x1b]0;title\x07alias");
}

#[test]
fn hostile_names_in_ptr_answers() {
    let Some(sb) = Sandbox::new() else { return };
    let zone = "$ORIGIN 10.in-addr.arpa.\n$TTL 60\n@ IN SOA ns.test. a.test. 1 60 60 60 60\n\
                6.6.6 IN PTR evil\\027[31m.test.\n7.7.7 IN PTR tab\\009name.test.\n";
    let sb = sb.zone(zone);
    for address in ["10.6.6.6", "10.7.7.7"] {
        let getent = sb.getent(&["hosts", address]);
        let run = sb.sockref(&["reverse", address]);
        assert!(
            !run.stdout.contains('\x1b') && !run.stderr.contains('\x1b'),
            "{run:?}"
        );
        let json = sb.sockref(&["gethostbyaddr", address, "--json"]);
        // glibc may refuse a PTR target that is not a valid host name; sockref must agree
        // with the platform either way.
        if getent.status == 0 {
            assert_eq!(json.status, 0, "{address}: getent found {}", getent.stdout);
            let hostname = json.json()["result"]["hostname"]
                .as_str()
                .unwrap_or_default()
                .to_string();
            assert!(
                getent.stdout.contains(hostname.as_str()),
                "{hostname:?} vs {:?}",
                getent.stdout
            );
        } else {
            assert_eq!(
                json.status, 1,
                "{address}: getent found nothing, sockref: {}",
                json.stdout
            );
        }
    }
}

/// 63-character labels and a 253-character name, the longest DNS allows (RFC 1035 2.3.4).
fn long_name(total: usize) -> String {
    let mut labels = Vec::new();
    let mut length = "test".len();
    while length < total {
        let room = total - length - 1;
        let label_len = room.min(63);
        labels.push("a".repeat(label_len));
        length += label_len + 1;
    }
    labels.push("test".to_string());
    labels.join(".")
}

#[test]
fn the_longest_names_behave_as_the_platform_does() {
    let Some(sb) = Sandbox::new() else { return };
    let longest = long_name(253);
    assert_eq!(longest.len(), 253);
    let too_long = long_name(254);
    let label_too_long = format!("{}.test", "b".repeat(64));
    let zone = format!(
        "$ORIGIN test.\n$TTL 60\n@ IN SOA ns.test. a.test. 1 60 60 60 60\n{longest}. IN A 10.5.5.5\n"
    );
    let sb = sb.zone(&zone);
    let run = sb.sockref(&["resolve", &longest, "-4", "--json"]);
    assert_eq!(run.status, 0, "{}", run.stderr);
    assert_eq!(
        resolved_addresses(&run.json()),
        getent_addresses(&sb, &longest)
    );
    for name in [too_long, label_too_long] {
        let getent = sb.getent(&["ahosts", &name]);
        let run = sb.sockref(&["resolve", &name, "--json"]);
        assert_eq!(
            run.status == 0,
            getent.status == 0,
            "{name}: getent {} vs sockref {}",
            getent.status,
            run.stdout
        );
        assert_eq!(run.status, 1, "an over-long name is the platform's no");
    }
}

#[test]
fn a_warning_and_the_failure_under_json_are_json_lines() {
    // Inside the sandbox only loopback exists: 192.0.2.1 is unreachable there at once, and
    // nothing leaves the namespace.
    let Some(sb) = Sandbox::new() else { return };
    let run = sb.sockref(&[
        "echo",
        "--connect",
        "192.0.2.1:7",
        "--allow-remote",
        "--json",
    ]);
    assert_eq!(run.status, 1, "{}", run.stderr);
    assert_eq!(run.json()["transports"][0]["status"], "failed");
    let lines: Vec<serde_json::Value> = run
        .stderr
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("not JSON ({e}): {l}")))
        .collect();
    assert_eq!(lines.len(), 2, "{}", run.stderr);
    assert!(
        lines[0]["warning"]
            .as_str()
            .is_some_and(|w| w.contains("beyond loopback"))
    );
    assert_eq!(lines[1]["error"]["kind"], "check");
    assert_eq!(lines[1]["error"]["call"], "echo");
}

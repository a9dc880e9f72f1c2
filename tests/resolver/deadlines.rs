//! Every blocking command ends in time (DESIGN.md section 4): against a DNS server that
//! never answers, and a TCP peer behind an iptables DROP rule, a friendly verb finishes
//! each input within `--timeout` plus a small margin and reports what it has; a mirror
//! bounds each call as a whole; an echo exchange has an overall deadline.
//!
//! Without the deadlines these take a multiple of the timeout: `hostname` 3x, `reverse`
//! 2x per address one after another, `connect` once per candidate, the mirrors that chain
//! two resolver calls 2x, and a resolve batch keeps one thread per hung lookup.

use std::time::Duration;

use serde_json::Value;

use crate::support::sandbox::{Run, Sandbox};
use crate::support::skip;

/// The `--timeout` of these cases.
const TIMEOUT: f64 = 1.5;

/// Set-up of the sandbox and process start-up, on top of the timeout; half of the
/// timeout, so that anything that waits for it twice fails.
const MARGIN: Duration = Duration::from_millis(700);

/// A resolver that never answers: glibc alone would wait 5 s per try, twice.
fn silent_resolver() -> Option<Sandbox> {
    let sb = Sandbox::new()?;
    Some(
        sb.resolv("nameserver 127.0.0.2\noptions timeout:5 attempts:2\n")
            .silent("127.0.0.2")
            .hostname("box7"),
    )
}

/// Runs sockref with `--timeout` [`TIMEOUT`] and checks that it ended in time.
fn timed(sb: &Sandbox, args: &[&str]) -> Run {
    let timeout_text = TIMEOUT.to_string();
    let mut all = vec!["--timeout", timeout_text.as_str()];
    all.extend_from_slice(args);
    let run = sb.sockref(&all);
    let limit = Duration::from_secs_f64(TIMEOUT) + MARGIN;
    assert!(
        run.elapsed < limit,
        "sockref {} took {:?}, more than {limit:?}\nstderr: {}",
        all.join(" "),
        run.elapsed,
        run.stderr
    );
    run
}

/// Each line of stderr, as the JSON object it must be under `--json`.
fn stderr_objects(run: &Run) -> Vec<Value> {
    run.stderr
        .lines()
        .map(|line| serde_json::from_str(line).unwrap_or_else(|e| panic!("not JSON ({e}): {line}")))
        .collect()
}

fn kind(error: &Value) -> &str {
    error["kind"].as_str().unwrap_or("")
}

#[test]
fn hostname_reports_both_lookups_within_one_timeout() {
    let Some(sb) = silent_resolver() else { return };
    let run = timed(&sb, &["hostname", "--json"]);
    assert_eq!(run.status, 1, "{}", run.stderr);
    let report = run.json();
    assert_eq!(report["hostname"], "box7");
    assert_eq!(report["fqdn"], Value::Null);
    assert_eq!(kind(&report["fqdn_error"]), "timeout");
    assert_eq!(kind(&report["error"]), "timeout");
    let lines = stderr_objects(&run);
    assert_eq!(lines.len(), 2, "{}", run.stderr);
    assert!(lines.iter().all(|l| kind(&l["error"]) == "timeout"));
}

#[test]
fn reverse_answers_every_address_within_one_timeout() {
    let Some(sb) = silent_resolver() else { return };
    let addresses = ["192.0.2.1", "192.0.2.2", "198.51.100.7", "2001:db8::1"];
    let mut args = vec!["reverse", "--json"];
    args.extend_from_slice(&addresses);
    let run = timed(&sb, &args);
    assert_eq!(run.status, 1, "{}", run.stderr);
    let results = run.json()["results"]
        .as_array()
        .cloned()
        .unwrap_or_default();
    assert_eq!(results.len(), addresses.len());
    for (entry, address) in results.iter().zip(addresses) {
        assert_eq!(entry["input"], address);
        assert_eq!(kind(&entry["gethostbyaddr"]["error"]), "timeout", "{entry}");
        assert_eq!(kind(&entry["getnameinfo"]["error"]), "timeout", "{entry}");
    }
    // One line per failed call, in input order.
    let lines = stderr_objects(&run);
    assert_eq!(lines.len(), 2 * addresses.len(), "{}", run.stderr);
    assert_eq!(lines[0]["error"]["call"], "gethostbyaddr");
    assert_eq!(lines[1]["error"]["call"], "getnameinfo");
    assert_eq!(lines[7]["error"]["input"], "(\"2001:db8::1\", 0), 0");
}

#[test]
fn resolve_answers_a_batch_within_one_timeout() {
    let Some(sb) = silent_resolver() else { return };
    let run = timed(&sb, &["resolve", "a.test", "b.test", "c.test", "--json"]);
    assert_eq!(run.status, 1, "{}", run.stderr);
    let results = run.json()["results"]
        .as_array()
        .cloned()
        .unwrap_or_default();
    assert_eq!(results.len(), 3);
    assert!(results.iter().all(|r| kind(&r["error"]) == "timeout"));
}

#[test]
fn mirrors_bound_each_call_as_a_whole() {
    let Some(sb) = silent_resolver() else { return };
    // Each of these chains two resolver calls underneath.
    let cases: [&[&str]; 6] = [
        &["gethostbyaddr", "slow.test"],
        &["gethostbyname_ex", "slow.test"],
        &["getfqdn", "slow.test"],
        &["gethostbyname", "slow.test"],
        &["getaddrinfo", "slow.test", "80"],
        &["getnameinfo", "192.0.2.1", "0"],
    ];
    for args in cases {
        let run = timed(&sb, args);
        assert_eq!(run.status, 1, "{args:?}: {}", run.stderr);
        assert!(
            run.stderr.ends_with(": timed out after 1.5s\n") && run.stderr.lines().count() == 1,
            "{args:?}: {}",
            run.stderr
        );
        assert!(
            run.stderr.starts_with(&format!("sockref: {}(", args[0])),
            "{}",
            run.stderr
        );
    }
}

#[test]
fn connect_resolution_ends_within_the_timeout() {
    let Some(sb) = silent_resolver() else { return };
    let run = timed(&sb, &["connect", "slow.test:80"]);
    assert_eq!(run.status, 1);
    assert_eq!(
        run.stderr,
        "sockref: getaddrinfo(\"slow.test\", 80, type=SOCK_STREAM): timed out after 1.5s\n"
    );
}

/// Eight loopback addresses for one name, and one that only its second address serves.
const HOSTS: &str = "127.0.0.1 localhost\n\
    127.0.0.1 many.test\n127.0.0.2 many.test\n127.0.0.3 many.test\n127.0.0.4 many.test\n\
    127.0.0.5 many.test\n127.0.0.6 many.test\n127.0.0.7 many.test\n127.0.0.8 many.test\n\
    127.0.0.1 split.test\n127.0.0.2 split.test\n\
    ::1 dual.test\n127.0.0.1 dual.test\n";

fn dropping(target: &str) -> Option<Sandbox> {
    if !skip::require("iptables", &["--version"]) {
        return None;
    }
    Some(Sandbox::new()?.hosts(HOSTS).drop_tcp(target))
}

#[test]
fn connect_shares_the_timeout_among_silent_candidates() {
    let Some(sb) = dropping("9") else { return };
    let run = timed(&sb, &["connect", "many.test:9", "--json"]);
    assert_eq!(run.status, 1, "{}", run.stderr);
    let report = run.json();
    let attempts = report["attempts"].as_array().cloned().unwrap_or_default();
    assert_eq!(attempts.len(), 8, "{report}");
    for a in &attempts {
        assert_eq!(a["outcome"], "timeout", "{a}");
        // 1.5 s over 8 candidates: about 187 ms each.
        let allowed = a["allowed_us"].as_u64().unwrap_or(0);
        assert!((150_000..=190_000).contains(&allowed), "{a}");
    }
    assert_eq!(stderr_objects(&run).len(), 8, "{}", run.stderr);
}

#[test]
fn a_silent_candidate_leaves_time_for_the_next() {
    let Some(sb) = dropping("127.0.0.1:7000") else {
        return;
    };
    let sockref = env!("CARGO_BIN_EXE_sockref");
    // A server on the second address only; the first drops every SYN.
    let script = format!(
        "{sockref} echo --serve 127.0.0.2:7000 --duration 5 >/dev/null & sleep 0.3; \
         {sockref} --timeout 2 connect split.test:7000 --json"
    );
    let run = sb.run(&["sh", "-c", &script], None);
    assert_eq!(run.status, 0, "{}", run.stderr);
    let report = run.json();
    let attempts = report["attempts"].as_array().cloned().unwrap_or_default();
    assert_eq!(attempts.len(), 2, "{report}");
    assert_eq!(attempts[0]["outcome"], "timeout");
    // Half of the 2 s for the first of two candidates.
    let allowed = attempts[0]["allowed_us"].as_u64().unwrap_or(0);
    assert!((900_000..=1_000_000).contains(&allowed), "{report}");
    assert_eq!(attempts[1]["outcome"], "connected");
    assert_eq!(report["connection"]["raddr"]["address"], "127.0.0.2");
}

#[test]
fn create_connection_keeps_pythons_timeout_per_attempt() {
    let Some(sb) = dropping("9") else { return };
    // Two silent candidates, 0.5 s each, as socket.create_connection would wait.
    let run = sb.sockref(&["--timeout", "0.5", "create_connection", "split.test:9"]);
    assert_eq!(run.status, 1);
    let each = Duration::from_millis(500);
    assert!(
        run.elapsed >= 2 * each && run.elapsed < 2 * each + MARGIN,
        "{:?}",
        run.elapsed
    );
    assert_eq!(
        run.stderr,
        "sockref: connect((\"127.0.0.2\", 9)): timed out after 0.5s\n"
    );
}

#[test]
fn echo_connect_to_a_silent_peer_ends_in_time() {
    let Some(sb) = dropping("9") else { return };
    let run = timed(&sb, &["echo", "--connect", "127.0.0.1:9", "--json"]);
    assert_eq!(run.status, 1, "{}", run.stderr);
    let row = &run.json()["transports"][0];
    assert_eq!(row["status"], "failed");
    let lines = stderr_objects(&run);
    assert_eq!(lines.len(), 1, "{}", run.stderr);
    assert_eq!(kind(&lines[0]["error"]), "check");
    assert!(
        lines[0]["error"]["message"]
            .as_str()
            .is_some_and(|m| m.contains("timed out after 1.5s")),
        "{}",
        run.stderr
    );
}

#[test]
fn a_batch_of_hung_lookups_keeps_a_bounded_number_of_threads() {
    let Some(sb) = silent_resolver() else { return };
    let sockref = env!("CARGO_BIN_EXE_sockref");
    // 120 names, 16 at a time, 0.2 s each: about 1.5 s. Every lookup hangs in glibc for
    // 10 s, far past its deadline; the most threads seen must stay near 2 x 16.
    let script = format!(
        "seq 1 120 | sed 's/$/.test/' > /tmp/names; \
         {sockref} --timeout 0.2 resolve --jobs 16 --file /tmp/names --json > /tmp/out & pid=$!; \
         most=0; while kill -0 $pid 2>/dev/null; do \
           n=$(awk '/^Threads:/ {{print $2}}' /proc/$pid/status 2>/dev/null); \
           [ \"${{n:-0}}\" -gt \"$most\" ] && most=$n; sleep 0.01; done; \
         wait $pid; echo \"status=$? most=$most\"; \
         grep -c '\"kind\": \"timeout\"' /tmp/out"
    );
    let run = sb.run(&["sh", "-c", &script], None);
    let mut lines = run.stdout.lines();
    let summary = lines.next().unwrap_or("");
    let timeouts: usize = lines
        .next()
        .and_then(|l| l.trim().parse().ok())
        .unwrap_or(0);
    let most: usize = summary
        .split("most=")
        .nth(1)
        .and_then(|n| n.trim().parse().ok())
        .unwrap_or(usize::MAX);
    assert!(
        summary.starts_with("status=1 "),
        "{summary}: {}",
        run.stderr
    );
    assert_eq!(timeouts, 120, "{}", run.stdout);
    // The main thread, and at most 32 lookup threads alive at once.
    assert!(most <= 33, "{most} threads at once");
    assert!(run.elapsed < Duration::from_secs(6), "{:?}", run.elapsed);
}

/// RFC 8305 against the sequential create_connection: the IPv6 address drops every SYN,
/// the IPv4 one answers. Happy Eyeballs connects over IPv4 after the attempt delay plus a
/// round trip; create_connection waits out the timeout on IPv6 first.
#[test]
fn happy_eyeballs_wins_over_a_silent_ipv6_address() {
    let Some(sb) = dropping("[::1]:7000") else {
        return;
    };
    let sockref = env!("CARGO_BIN_EXE_sockref");
    let script = format!(
        "{sockref} echo --serve 127.0.0.1:7000 --duration 4 >/dev/null & sleep 0.3; \
         {sockref} --timeout 2 connect dual.test:7000 --happy-eyeballs --json"
    );
    let run = sb.run(&["sh", "-c", &script], None);
    assert_eq!(run.status, 0, "{}", run.stderr);
    let report = run.json();
    let he = &report["happy_eyeballs"];
    let attempts = he["attempts"].as_array().cloned().unwrap_or_default();
    assert_eq!(attempts.len(), 2, "{report}");
    assert_eq!(attempts[0]["family"], "AF_INET6", "{report}");
    assert_eq!(attempts[0]["outcome"], "cancelled", "{report}");
    assert_eq!(attempts[1]["outcome"], "connected", "{report}");
    assert_eq!(he["connected"], "127.0.0.1:7000", "{report}");
    // The second attempt starts at the delay; it connects a loopback round trip later.
    let started = attempts[1]["started_ms"].as_f64().unwrap_or(0.0);
    let elapsed = he["elapsed_ms"].as_f64().unwrap_or(0.0);
    assert!((240.0..400.0).contains(&started), "{report}");
    assert!((240.0..450.0).contains(&elapsed), "{report}");
    // Sequential: the whole 2 s on the silent IPv6 address, then IPv4.
    let sequential = report["sequential"]["attempts"]
        .as_array()
        .cloned()
        .unwrap_or_default();
    assert_eq!(sequential[0]["outcome"], "timeout", "{report}");
    assert!(
        sequential[0]["elapsed_us"].as_u64().unwrap_or(0) >= 1_900_000,
        "{report}"
    );
    assert_eq!(sequential[1]["outcome"], "connected", "{report}");
}

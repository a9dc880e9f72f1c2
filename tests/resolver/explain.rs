//! `resolve --explain` against glibc's real order: in private namespaces with addresses of
//! each kind on a veth pair (global and ULA IPv6, link-local only, IPv4 private and
//! documentation ranges, a family with no address), names with many addresses in the
//! namespace's /etc/hosts, and several /etc/gai.conf files. In every case sockref's
//! order is Python's getaddrinfo order in the same namespace, each step agrees with the
//! order, and sorting by the keys reproduces it. Reversing the hosts file swaps exactly
//! the pairs sockref says no rule decides.

use serde_json::Value;

use crate::support::sandbox::{Sandbox, python_available};

/// The addresses of `multi.test`, in hosts-file order.
const MULTI: [&str; 7] = [
    "192.0.2.1",
    "2001:db8:1::1",
    "198.51.100.7",
    "fd00:1::5",
    "10.9.3.3",
    "2001:db8:2::1",
    "192.0.2.200",
];

/// A hosts file with one line per address of `multi.test`.
fn hosts(addresses: &[&str]) -> String {
    let mut text = String::from("127.0.0.1 localhost\n::1 localhost\n");
    for a in addresses {
        text.push_str(&format!("{a} multi.test\n"));
    }
    text
}

/// Interface set-up: a veth pair, up, with these addresses on v0.
fn network(addresses: &[&str]) -> String {
    let mut script = String::from(
        "set -e; ip link add v0 type veth peer name v1; ip link set v0 up; ip link set v1 up; ",
    );
    for a in addresses {
        let nodad = if a.contains(':') { " nodad" } else { "" };
        script.push_str(&format!("ip addr add {a} dev v0{nodad}; "));
    }
    script
}

/// What sockref and Python said inside one namespace.
struct Case {
    report: Value,
    python: Vec<String>,
}

impl Case {
    fn result(&self) -> &Value {
        &self.report["results"][0]
    }

    fn order(&self) -> Vec<String> {
        self.result()["destinations"]
            .as_array()
            .map(|d| {
                d.iter()
                    .map(|d| d["destination"].as_str().unwrap_or("").to_string())
                    .collect()
            })
            .unwrap_or_default()
    }

    /// The rule between each pair of neighbours, as (first address, second address, rule).
    fn steps(&self) -> Vec<(String, String, u64)> {
        let order = self.order();
        self.result()["steps"]
            .as_array()
            .map(|steps| {
                steps
                    .iter()
                    .map(|s| {
                        let at = |k: &str| s[k].as_u64().unwrap_or(0) as usize - 1;
                        (
                            order[at("first")].clone(),
                            order[at("second")].clone(),
                            s["rule"].as_u64().unwrap_or(0),
                        )
                    })
                    .collect()
            })
            .unwrap_or_default()
    }

    fn rule_between(&self, first: &str, second: &str) -> Option<u64> {
        self.steps()
            .into_iter()
            .find(|(a, b, _)| a == first && b == second)
            .map(|(_, _, r)| r)
    }
}

/// Runs `resolve multi.test --explain --json` and Python's getaddrinfo in one namespace
/// and checks that they agree and that the keys reproduce the order.
fn explain(sb: &Sandbox, setup: &str) -> Case {
    let sockref = env!("CARGO_BIN_EXE_sockref");
    let script = format!(
        "{setup} {sockref} resolve multi.test --type stream --explain --json; echo '#####'; \
         python3 -c 'import json, socket; print(json.dumps([a[4][0] for a in \
         socket.getaddrinfo(\"multi.test\", None, type=socket.SOCK_STREAM)]))'"
    );
    let run = sb.run(&["sh", "-c", &script], None);
    assert_eq!(run.status, 0, "{}\n{}", run.stdout, run.stderr);
    let (ours, theirs) = run.stdout.split_once("#####").unwrap_or_default();
    let case = Case {
        report: serde_json::from_str(ours).unwrap_or_else(|e| panic!("{e}: {ours}")),
        python: serde_json::from_str(theirs.trim()).unwrap_or_else(|e| panic!("{e}: {theirs}")),
    };
    let result = case.result();
    assert_eq!(
        case.order(),
        case.python,
        "sockref's order is glibc's: {result}"
    );
    assert_eq!(result["reproduced"], true, "{result}");
    for step in result["steps"].as_array().cloned().unwrap_or_default() {
        assert_eq!(step["agrees"], true, "{step}");
    }
    case
}

fn sandbox(hosts_text: &str, gai_conf: &str) -> Option<Sandbox> {
    if !python_available() {
        return None;
    }
    Some(Sandbox::new()?.hosts(hosts_text).gai_conf(gai_conf))
}

/// The global and ULA IPv6, private and documentation IPv4 host of most cases.
fn dual_stack() -> String {
    network(&[
        "2001:db8:1::10/64",
        "fd00:1::10/64",
        "192.0.2.10/24",
        "10.9.0.10/16",
    ])
}

#[test]
fn the_built_in_policy_puts_reachable_ipv6_first_and_keeps_ties_in_input_order() {
    let Some(sb) = sandbox(&hosts(&MULTI), "") else {
        return;
    };
    let forward = explain(&sb, &dual_stack());
    assert_eq!(forward.report["policy"]["from_file"], serde_json::json!([]));
    assert_eq!(forward.rule_between("fd00:1::5", "192.0.2.1"), Some(6));
    assert_eq!(forward.rule_between("192.0.2.1", "192.0.2.200"), Some(9));
    assert_eq!(forward.rule_between("10.9.3.3", "2001:db8:2::1"), Some(1));
    // Reversed input: every pair a rule decides keeps its order, and every pair no rule
    // decides (rule 10) is swapped, as it must be if sockref's keys are glibc's.
    let mut reversed_hosts = MULTI;
    reversed_hosts.reverse();
    let Some(sb) = sandbox(&hosts(&reversed_hosts), "") else {
        return;
    };
    let reversed = explain(&sb, &dual_stack());
    let position = |order: &[String], a: &str| order.iter().position(|x| x == a);
    let order = reversed.order();
    let mut ties = 0;
    for (a, b, rule) in forward.steps() {
        let (pa, pb) = (position(&order, &a), position(&order, &b));
        if rule == 10 {
            ties += 1;
            assert!(
                pb < pa,
                "{a} and {b} tie, so reversing the input swaps them"
            );
        } else {
            assert!(
                pa < pb,
                "rule {rule} puts {a} before {b} whatever the input order"
            );
        }
    }
    assert!(
        ties >= 1,
        "the case has a tie to swap: {:?}",
        forward.steps()
    );
}

#[test]
fn precedence_for_ipv4_mapped_addresses_puts_ipv4_first() {
    let Some(sb) = sandbox(&hosts(&MULTI), "precedence ::ffff:0:0/96 100\n") else {
        return;
    };
    let case = explain(&sb, &dual_stack());
    assert_eq!(case.order()[0], "192.0.2.1");
    assert_eq!(case.rule_between("10.9.3.3", "2001:db8:1::1"), Some(6));
    assert_eq!(
        case.report["policy"]["from_file"],
        serde_json::json!(["precedence"])
    );
}

#[test]
fn custom_labels_and_equal_precedence_leave_families_to_the_input_order() {
    let conf = "label ::1/128 0\nlabel ::/0 1\nlabel 2001:db8:2::/48 9\n\
                precedence 2001:db8:2::/48 60\nprecedence ::/0 40\n\
                precedence ::ffff:0:0/96 40\n# a comment\nprecedence ::/0 x\n";
    let Some(sb) = sandbox(&hosts(&MULTI), conf) else {
        return;
    };
    let case = explain(&sb, &dual_stack());
    // One label for everything: families tie up to rule 9, which compares only within one.
    assert_eq!(case.rule_between("192.0.2.1", "2001:db8:1::1"), Some(10));
    let ignored = &case.report["policy"]["ignored"];
    assert_eq!(ignored[0]["line"], 8, "{ignored}");
}

#[test]
fn scopev4_makes_a_range_link_local_and_rule_8_prefers_it() {
    let conf = "scopev4 192.0.2.0/24 2\nscopev4 0.0.0.0/0 14\n";
    let Some(sb) = sandbox(&hosts(&MULTI), conf) else {
        return;
    };
    let case = explain(&sb, &dual_stack());
    assert_eq!(case.rule_between("192.0.2.200", "10.9.3.3"), Some(8));
}

#[test]
fn a_ula_only_host_prefers_ipv4_for_global_ipv6_by_label() {
    let Some(sb) = sandbox(&hosts(&["2001:db8:9::1", "192.0.2.1"]), "") else {
        return;
    };
    let setup =
        network(&["fd00:1::10/64", "192.0.2.10/24"]) + "ip -6 route add 2001:db8:9::/48 dev v0; ";
    let case = explain(&sb, &setup);
    assert_eq!(case.python, ["192.0.2.1", "2001:db8:9::1"]);
    assert_eq!(case.rule_between("192.0.2.1", "2001:db8:9::1"), Some(5));
}

#[test]
fn a_link_local_source_loses_a_global_destination_at_rule_2() {
    let Some(sb) = sandbox(&hosts(&["2001:db8:9::1", "192.0.2.1"]), "") else {
        return;
    };
    // No global IPv6 address: the kernel's source for 2001:db8:9::1 is link-local.
    let setup =
        network(&["fe80::10/64", "192.0.2.10/24"]) + "ip -6 route add 2001:db8:9::/48 dev v0; ";
    let case = explain(&sb, &setup);
    let first = &case.result()["destinations"][0];
    assert_eq!(first["destination"], "192.0.2.1", "{first}");
    assert_eq!(case.rule_between("192.0.2.1", "2001:db8:9::1"), Some(2));
}

#[test]
fn without_ipv6_glibc_has_no_address_list_and_ipv4_prefixes_count_only_for_the_source() {
    let addresses = ["192.0.2.1", "2001:db8:1::1", "192.0.2.10", "10.9.3.3"];
    let Some(sb) = sandbox(&hosts(&addresses), "") else {
        return;
    };
    // IPv4 only (the family with no address is IPv6): no source for 2001:db8:1::1.
    // The kernel gives a veth a link-local IPv6 address of its own; take IPv6 away.
    let setup = network(&["192.0.2.10/24", "10.9.0.10/16"])
        + "sysctl -qw net.ipv6.conf.v0.disable_ipv6=1 net.ipv6.conf.v1.disable_ipv6=1; ";
    let case = explain(&sb, &setup);
    assert!(
        case.report["no_address_list"].is_string(),
        "{}",
        case.report
    );
    assert_eq!(case.order()[0], "192.0.2.10");
    assert_eq!(case.rule_between("192.0.2.10", "192.0.2.1"), Some(9));
    assert_eq!(case.rule_between("192.0.2.1", "10.9.3.3"), Some(10));
    assert_eq!(
        case.order().last().map(String::as_str),
        Some("2001:db8:1::1")
    );
}

#[test]
fn an_ipv6_only_host_puts_ipv6_first_even_when_the_policy_prefers_ipv4() {
    let Some(sb) = sandbox(
        &hosts(&["192.0.2.1", "2001:db8:1::1"]),
        "precedence ::ffff:0:0/96 100\n",
    ) else {
        return;
    };
    let case = explain(&sb, &network(&["2001:db8:1::10/64"]));
    assert_eq!(case.rule_between("2001:db8:1::1", "192.0.2.1"), Some(1));
}

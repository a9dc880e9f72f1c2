//! Name resolution against a real resolver: a private namespace with its own hosts file,
//! resolv.conf and nsswitch.conf, and a real DNS server (hickory) on 127.0.0.1:53. Every
//! answer is checked against what `getent` and Python's socket module say in the same
//! sandbox, not against literals alone.

use serde_json::json;

use crate::support::sandbox::{Sandbox, python_available};
use crate::support::zones::*;

#[test]
fn hosts_file_only_with_aliases() {
    let Some(sb) = Sandbox::new() else { return };
    if !python_available() {
        return;
    }
    let sb = sb
        .hosts("127.0.0.1 localhost\n10.1.1.1 hostonly.test alias-one alias-two\n")
        .nsswitch("hosts: files\n");
    let report = sb.sockref(&["resolve", "hostonly.test", "--json"]);
    assert_eq!(report.status, 0, "{}", report.stderr);
    let report = report.json();
    assert_eq!(
        resolved_addresses(&report),
        getent_addresses(&sb, "hostonly.test")
    );
    let python = sb.python(&json!([["gethostbyname_ex", "hostonly.test"]]));
    assert_eq!(
        report["results"][0]["aliases"],
        python[0].result()["aliaslist"]
    );
    assert_eq!(
        report["results"][0]["aliases"],
        json!(["alias-one", "alias-two"])
    );
    // An alias resolves too, to the same entry.
    let by_alias = sb
        .sockref(&["gethostbyname_ex", "alias-two", "--json"])
        .json();
    let python = sb.python(&json!([["gethostbyname_ex", "alias-two"]]));
    assert_eq!(by_alias["result"], *python[0].result());
}

#[test]
fn dns_only() {
    let Some(sb) = dns_sandbox() else { return };
    if !python_available() {
        return;
    }
    let report = sb.sockref(&["resolve", "www.test", "--json"]);
    assert_eq!(report.status, 0, "{}", report.stderr);
    let addresses = resolved_addresses(&report.json());
    assert_eq!(addresses, python_addresses(&sb, "www.test", 0));
    assert_eq!(addresses, getent_addresses(&sb, "www.test"));
    let mut sorted = addresses.clone();
    sorted.sort();
    assert_eq!(sorted, ["10.0.0.1", "fd00::1"], "the zone's two records");
    for (family, socktype) in [(0, 0), (AF_INET, 0), (AF_INET6, SOCK_STREAM)] {
        getaddrinfo_matches_python(&sb, "www.test", family, socktype, 0);
    }
}

#[test]
fn hosts_and_dns_follow_nsswitch_order() {
    let Some(sb) = dns_sandbox() else { return };
    let hosts = "127.0.0.1 localhost\n10.9.9.9 both.test\n";
    let files_first = sb.hosts(hosts).nsswitch("hosts: files dns\n");
    let report = files_first
        .sockref(&["resolve", "both.test", "-4", "--json"])
        .json();
    assert_eq!(
        resolved_addresses(&report),
        ["10.9.9.9"],
        "hosts wins when files come first"
    );
    assert_eq!(
        resolved_addresses(&report),
        getent_addresses(&files_first, "both.test")
    );

    let Some(sb) = dns_sandbox() else { return };
    let dns_first = sb.hosts(hosts).nsswitch("hosts: dns files\n");
    let report = dns_first
        .sockref(&["resolve", "both.test", "-4", "--json"])
        .json();
    assert_eq!(
        resolved_addresses(&report),
        ["10.0.3.1"],
        "DNS wins when it comes first"
    );
    assert_eq!(
        resolved_addresses(&report),
        getent_addresses(&dns_first, "both.test")
    );
}

#[test]
fn many_addresses_in_the_resolvers_order() {
    let Some(sb) = dns_sandbox() else { return };
    if !python_available() {
        return;
    }
    let report = sb.sockref(&["resolve", "multi.test", "--json"]).json();
    let addresses = resolved_addresses(&report);
    assert_eq!(
        addresses.len(),
        5,
        "three A and two AAAA records: {addresses:?}"
    );
    assert_eq!(
        addresses,
        python_addresses(&sb, "multi.test", 0),
        "same order as Python"
    );

    let v4 = resolved_addresses(
        &sb.sockref(&["resolve", "multi.test", "-4", "--json"])
            .json(),
    );
    assert_eq!(v4, python_addresses(&sb, "multi.test", AF_INET));
    assert!(v4.iter().all(|a| a.starts_with("10.")));
    let v6 = resolved_addresses(
        &sb.sockref(&["resolve", "multi.test", "-6", "--json"])
            .json(),
    );
    assert_eq!(v6, python_addresses(&sb, "multi.test", AF_INET6));
    assert!(v6.iter().all(|a| a.contains(':')));

    let stream = sb
        .sockref(&["resolve", "multi.test", "--type", "stream", "--json"])
        .json();
    for address in stream["results"][0]["addresses"]
        .as_array()
        .into_iter()
        .flatten()
    {
        assert_eq!(address["types"], json!(["SOCK_STREAM"]));
    }
    for (family, socktype) in [(0, 0), (AF_INET, SOCK_STREAM), (AF_INET6, 0)] {
        getaddrinfo_matches_python(&sb, "multi.test", family, socktype, 0);
    }
}

#[test]
fn canonical_name_through_a_cname_chain() {
    let Some(sb) = dns_sandbox() else { return };
    if !python_available() {
        return;
    }
    getaddrinfo_matches_python(&sb, "alias.test", 0, SOCK_STREAM, AI_CANONNAME);
    let report = sb.sockref(&["resolve", "alias.test", "--json"]).json();
    let entry = &report["results"][0];
    let python = sb.python(&json!([
        [
            "getaddrinfo",
            "alias.test",
            null,
            0,
            SOCK_STREAM,
            0,
            AI_CANONNAME
        ],
        ["gethostbyname_ex", "alias.test"]
    ]));
    assert_eq!(entry["canonname"], python[0].result()[0]["canonname"]);
    assert_eq!(entry["canonname"], "www.test");
    assert_eq!(
        entry["aliases"],
        python[1].result()["aliaslist"],
        "the chain's names"
    );
    let mirror = sb
        .sockref(&["gethostbyname_ex", "alias.test", "--json"])
        .json();
    assert_eq!(mirror["result"], *python[1].result());
}

#[test]
fn addrconfig_with_only_loopback() {
    let Some(sb) = dns_sandbox() else { return };
    if !python_available() {
        return;
    }
    // Inside the sandbox only loopback is up, so AI_ADDRCONFIG decides from that.
    for host in ["www.test", "v6only.test", "localhost"] {
        for family in [0, AF_INET, AF_INET6] {
            getaddrinfo_matches_python(&sb, host, family, SOCK_STREAM, AI_ADDRCONFIG);
        }
    }
}

#[test]
fn reverse_lookups_through_ptr_records() {
    let Some(sb) = dns_sandbox() else { return };
    if !python_available() {
        return;
    }
    let python = sb.python(&json!([
        ["gethostbyaddr", "10.0.0.1"],
        ["getnameinfo", {"tuple": ["10.0.0.1", 80]}, NI_NAMEREQD],
        ["getnameinfo", {"tuple": ["10.0.0.1", 80]}, NI_NUMERICHOST],
        ["getnameinfo", {"tuple": ["10.0.0.99", 80]}, NI_NAMEREQD],
        ["gethostbyaddr", "10.0.0.99"],
        ["getnameinfo", {"tuple": ["10.0.0.99", 0]}, 0]
    ]));
    let gethostbyaddr = sb.sockref(&["gethostbyaddr", "10.0.0.1", "--json"]);
    assert_eq!(gethostbyaddr.json()["result"], *python[0].result());
    assert_eq!(python[0].result()["hostname"], "www.test");

    let namereqd = sb.sockref(&[
        "getnameinfo",
        "10.0.0.1",
        "80",
        "--flags",
        "NI_NAMEREQD",
        "--json",
    ]);
    assert_eq!(namereqd.json()["result"], *python[1].result());
    let numeric = sb.sockref(&[
        "getnameinfo",
        "10.0.0.1",
        "80",
        "--flags",
        "numerichost",
        "--json",
    ]);
    assert_eq!(numeric.json()["result"], *python[2].result());

    let missing = sb.sockref(&[
        "getnameinfo",
        "10.0.0.99",
        "80",
        "--flags",
        "NI_NAMEREQD",
        "--json",
    ]);
    assert_eq!(missing.status, 1);
    assert_eq!(
        missing.error_json()["error"]["code"].as_i64(),
        python[3].errno()
    );
    let missing = sb.sockref(&["gethostbyaddr", "10.0.0.99", "--json"]);
    assert_eq!(missing.status, 1);
    assert_eq!(missing.error_json()["error"]["kind"], "herror");
    assert_eq!(
        missing.error_json()["error"]["code"].as_i64(),
        python[4].errno()
    );

    let reverse = sb.sockref(&["reverse", "10.0.0.1", "10.0.0.99", "--json"]);
    assert_eq!(reverse.status, 1, "one address has no name");
    let reverse = reverse.json();
    assert_eq!(
        reverse["results"][0]["gethostbyaddr"]["result"],
        *python[0].result()
    );
    assert_eq!(
        reverse["results"][1]["getnameinfo"]["result"],
        *python[5].result()
    );
    let getent = sb.getent(&["hosts", "10.0.0.1"]);
    assert!(getent.stdout.contains("www.test"), "{}", getent.stdout);
}

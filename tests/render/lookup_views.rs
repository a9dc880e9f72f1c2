//! Snapshots of the lookup views whose answers come from this host's databases (hosts,
//! services, protocols, DNS), on fixed reports built from sockref's public types, so that
//! they are the same everywhere. Names from outside are untrusted: one of each carries a
//! control character, which must come out escaped.

use sockref::commands::hostname::HostnameReport;
use sockref::commands::proto::{ProtoReport, ProtoRow};
use sockref::commands::reverse::{Outcome, ReverseEntry, ReverseReport};
use sockref::commands::service::{ServiceReport, ServiceRow};
use sockref::error::{Error, ErrorKind};
use sockref::report::Report;
use sockref::socket_module::names::{HostEx, NameInfo};
use sockref::text::Text;

use crate::snap::render_all;

#[test]
fn hostname_and_its_addresses() {
    let report = HostnameReport {
        hostname: Text::from("build7"),
        fqdn: Some(Text::from("build7.lab.example")),
        fqdn_error: None,
        addresses: vec![Text::from("192.0.2.7"), Text::from("2001:db8::7")],
        error: None,
    };
    insta::assert_snapshot!(render_all(&report));
}

#[test]
fn hostname_without_addresses() {
    let report = HostnameReport {
        hostname: Text::from_bytes(b"odd\x07name".to_vec()),
        fqdn: Some(Text::from_bytes(b"odd\x07name".to_vec())),
        fqdn_error: None,
        addresses: vec![],
        error: Some(Error::platform(
            ErrorKind::Gai,
            "getaddrinfo",
            "\"odd\\x07name\", None",
            -2,
            "EAI_NONAME",
            "Name or service not known",
        )),
    };
    insta::assert_snapshot!(render_all(&report));
}

#[test]
fn hostname_whose_lookups_missed_the_deadline() {
    let timed_out = |call: &str, input: &str| Error::Timeout {
        call: call.into(),
        input: input.into(),
        seconds: 1.0,
    };
    let report = HostnameReport {
        hostname: Text::from("build7"),
        fqdn: None,
        fqdn_error: Some(timed_out("getfqdn", "")),
        addresses: vec![],
        error: Some(timed_out("getaddrinfo", "\"build7\", None")),
    };
    assert_eq!(report.exit_status().code(), 1);
    assert_eq!(report.failures().len(), 2);
    insta::assert_snapshot!(render_all(&report));
}

#[test]
fn reverse_with_and_without_a_name() {
    let named = ReverseEntry {
        input: "192.0.2.1".into(),
        gethostbyaddr: Outcome {
            result: Some(HostEx {
                hostname: Text::from("gw.example"),
                aliaslist: vec![Text::from("router.example"), Text::from("bad\talias")],
                ipaddrlist: vec!["192.0.2.1".into()],
            }),
            error: None,
        },
        getnameinfo: Outcome {
            result: Some(NameInfo {
                host: Text::from("gw.example"),
                port: Text::from("0"),
            }),
            error: None,
        },
    };
    let nameless = ReverseEntry {
        input: "2001:db8::99".into(),
        gethostbyaddr: Outcome {
            result: None,
            error: Some(Error::platform(
                ErrorKind::Herror,
                "gethostbyaddr",
                "\"2001:db8::99\"",
                1,
                "HOST_NOT_FOUND",
                "Unknown host",
            )),
        },
        getnameinfo: Outcome {
            result: Some(NameInfo {
                host: Text::from("2001:db8::99"),
                port: Text::from("0"),
            }),
            error: None,
        },
    };
    let report = ReverseReport {
        results: vec![named, nameless],
    };
    assert_eq!(report.exit_status().code(), 1);
    insta::assert_snapshot!(render_all(&report));
}

#[test]
fn services_with_aliases() {
    let row = |name: &str, port, proto: &str, aliases: &[&str]| ServiceRow {
        name: Text::from(name),
        port,
        proto: Text::from(proto),
        aliases: aliases.iter().map(|a| Text::from(*a)).collect(),
    };
    let report = ServiceReport {
        query: Some("http".into()),
        proto: None,
        services: vec![
            row("http", 80, "tcp", &["www"]),
            row("http", 80, "udp", &[]),
            row("http-alt", 8080, "tcp", &["webcache", "tab\there"]),
        ],
    };
    insta::assert_snapshot!(render_all(&report));
}

#[test]
fn protocols_with_aliases() {
    let row = |name: &str, number, aliases: &[&str]| ProtoRow {
        name: Text::from(name),
        number,
        aliases: aliases.iter().map(|a| Text::from(*a)).collect(),
    };
    let report = ProtoReport {
        query: None,
        protocols: vec![
            row("ip", 0, &["IP"]),
            row("icmp", 1, &["ICMP"]),
            row("tcp", 6, &["TCP"]),
            row("ipv6-icmp", 58, &["IPv6-ICMP", "esc\x1b[1m"]),
        ],
    };
    insta::assert_snapshot!(render_all(&report));
}

#[test]
fn interfaces_with_addresses_of_every_kind() {
    use sockref::commands::interfaces::{AddressView, InterfaceView, InterfacesReport};
    let address = |family, address: &str, prefixlen, scope: &str, peer: Option<&str>| AddressView {
        family,
        address: address.to_string(),
        prefixlen,
        scope: scope.to_string(),
        peer: peer.map(str::to_string),
    };
    let report = InterfacesReport {
        interfaces: vec![
            InterfaceView {
                index: 1,
                name: Text::from("lo"),
                flags: vec!["LOOPBACK", "UP", "RUNNING", "LOWER_UP"],
                mtu: Some(65536),
                hardware: Some("00:00:00:00:00:00".into()),
                addresses: vec![
                    address("AF_INET", "127.0.0.1", 8, "host", None),
                    address("AF_INET6", "::1", 128, "host", None),
                ],
            },
            InterfaceView {
                index: 7,
                name: Text::from_bytes(b"veth\x1b0".to_vec()),
                flags: vec!["BROADCAST", "MULTICAST", "UP"],
                mtu: Some(1400),
                hardware: Some("6e:bd:8e:75:f1:85".into()),
                addresses: vec![
                    address(
                        "AF_INET",
                        "198.51.100.1",
                        32,
                        "global",
                        Some("198.51.100.2"),
                    ),
                    address("AF_INET6", "fe80::6cbd:8eff:fe75:f185", 64, "link", None),
                ],
            },
        ],
    };
    insta::assert_snapshot!(render_all(&report));
}

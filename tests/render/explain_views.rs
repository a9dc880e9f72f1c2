//! Snapshots of `--explain` and `--policy` on fixed reports: a dual-stack answer with an
//! unreachable address, a policy file with a line glibc ignores, and a failed name.

use std::net::IpAddr;

use sockref::commands::explain::{Destination, ExplainReport, Explained, ordered};
use sockref::error::{Error, ErrorKind};
use sockref::socket_module::names::Symbol;
use sockref::socket_module::sorting::{Keys, Listed, Policy, Source};
use sockref::text::Text;

use crate::snap::render_all;

fn destination(policy: &Policy, position: usize, to: &str, from: Option<&str>) -> Destination {
    let ip = |t: &str| t.parse::<IpAddr>().unwrap_or(IpAddr::from([0, 0, 0, 0]));
    let source = from.map(|f| Source {
        address: ip(f),
        listed: Some(Listed {
            index: 2,
            prefix_len: if f.contains(':') { 64 } else { 24 },
            deprecated: false,
            home: false,
            native: true,
        }),
    });
    let family = if to.contains(':') {
        "AF_INET6"
    } else {
        "AF_INET"
    };
    Destination {
        position,
        family: Symbol::Name(family),
        port: Some(443),
        scope_id: None,
        types: vec![Symbol::Name("SOCK_STREAM")],
        interface: from.map(|_| Text::from("eth0")),
        keys: Keys::new(policy, ip(to), source),
    }
}

#[test]
fn a_dual_stack_answer_under_a_policy_file() {
    let policy = Policy::parse(
        "/etc/gai.conf",
        b"precedence ::ffff:0:0/96 100\nprecedence ::1/128 50\nlabel fd00::/8 frob\n",
    );
    let destinations = vec![
        destination(&policy, 1, "192.0.2.1", Some("192.0.2.10")),
        destination(&policy, 2, "198.51.100.7", Some("192.0.2.10")),
        destination(&policy, 3, "2001:db8::1", Some("fd00::10")),
        destination(&policy, 4, "2001:db8:9::1", None),
    ];
    let rows: Vec<Keys> = destinations.iter().map(|d| d.keys.clone()).collect();
    let failed = Explained {
        input: "nosuch.example".into(),
        status: "error",
        error: Some(Error::platform(
            ErrorKind::Gai,
            "getaddrinfo",
            "\"nosuch.example\", 443",
            -2,
            "EAI_NONAME",
            "Name or service not known",
        )),
        sorted: false,
        destinations: Vec::new(),
        steps: Vec::new(),
        reproduced: false,
    };
    let report = ExplainReport {
        policy,
        show_policy: true,
        no_address_list: None,
        results: vec![ordered("www.example".into(), destinations, &rows), failed],
    };
    insta::assert_snapshot!(render_all(&report));
}

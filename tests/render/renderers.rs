//! Snapshots of every renderer on fixed reports, so that a change in table, TSV or JSON
//! shape is seen in review. Reports are built here, not from the live system, except
//! where the answer is the same on every host (inet).

use sockref::commands::inet;
use sockref::commands::mirror::Mirror;
use sockref::commands::resolve::{ResolveEntry, ResolveReport, ResolvedAddress};
use sockref::error::{Error, ErrorKind};
use sockref::output::{self, ColorChoice, Format, Style};
use sockref::report::Report;
use sockref::socket_module::names::{AddrInfoRow, SockAddrView, Symbol};
use sockref::socket_module::pyargs::PyArg;
use sockref::text::Text;

use crate::snap::{render_all, style};

fn hostile_rows() -> Vec<AddrInfoRow> {
    vec![
        AddrInfoRow {
            family: Symbol::Name("AF_INET6"),
            socktype: Symbol::Name("SOCK_STREAM"),
            proto: 6,
            canonname: Text::from_bytes(b"evil\x1b[2J\tname\xff".to_vec()),
            sockaddr: SockAddrView {
                address: Text::from("fe80::1%eth0"),
                port: 443,
                flowinfo: Some(0),
                scope_id: Some(2),
            },
        },
        AddrInfoRow {
            family: Symbol::Name("AF_INET"),
            socktype: Symbol::Number(99),
            proto: 0,
            canonname: Text::default(),
            sockaddr: SockAddrView {
                address: Text::from("192.0.2.1"),
                port: 443,
                flowinfo: None,
                scope_id: None,
            },
        },
    ]
}

#[test]
fn mirror_with_hostile_canonical_name() {
    let args = vec![
        ("host", PyArg::Str("evil.example".into())),
        ("port", PyArg::Int(443)),
    ];
    let report = Mirror::new("getaddrinfo", args, hostile_rows()).expect("serializable");
    let rendered = render_all(&report);
    assert!(
        !rendered.contains('\x1b'),
        "escape sequences must not reach the output"
    );
    insta::assert_snapshot!(rendered);
}

#[test]
fn scalar_mirror() {
    let report = Mirror::new("htons", vec![("x", PyArg::Int(9999))], 3879).expect("serializable");
    insta::assert_snapshot!(render_all(&report));
}

#[test]
fn resolve_with_a_failure() {
    let report = ResolveReport {
        service: None,
        results: vec![
            ResolveEntry {
                input: "www.example".into(),
                status: "ok",
                canonname: Some(Text::from("web.example")),
                aliases: vec![
                    Text::from("www.example"),
                    Text::from_bytes(b"bad\nalias".to_vec()),
                ],
                addresses: vec![ResolvedAddress {
                    family: Symbol::Name("AF_INET6"),
                    address: Text::from("2001:db8::80"),
                    port: None,
                    scope_id: None,
                    types: vec![Symbol::Name("SOCK_STREAM"), Symbol::Name("SOCK_DGRAM")],
                }],
                error: None,
                elapsed_ms: 1.5,
            },
            ResolveEntry {
                input: "nosuch.example".into(),
                status: "error",
                canonname: None,
                aliases: vec![],
                addresses: vec![],
                error: Some(Error::platform(
                    ErrorKind::Gai,
                    "getaddrinfo",
                    "\"nosuch.example\", None, flags=AI_CANONNAME",
                    -2,
                    "EAI_NONAME",
                    "Name or service not known",
                )),
                elapsed_ms: 0.25,
            },
        ],
    };
    assert_eq!(report.exit_status().code(), 1);
    insta::assert_snapshot!(render_all(&report));
}

#[test]
fn inet_of_a_mapped_address() {
    let report = inet::run("::ffff:10.0.0.1").expect("an address");
    insta::assert_snapshot!(render_all(&report));
}

#[test]
fn colour_only_when_asked() {
    let report = Mirror::new("htons", vec![("x", PyArg::Int(1))], 256).expect("serializable");
    let plain = Style::detect(Format::Table, false, ColorChoice::Never);
    let bytes = output::render(&report, &plain).expect("render");
    assert!(!bytes.contains(&0x1b));
    let mut coloured = style(Format::Table);
    coloured.color = true;
    let bytes = output::render(&report, &coloured).expect("render");
    assert!(bytes.contains(&0x1b));
}

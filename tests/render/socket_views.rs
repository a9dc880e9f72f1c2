//! Snapshots of the views of live sockets (`sockopt`, `keepalive`, `keepalive --demo`,
//! `connect`, `backlog`), whose numbers depend on the kernel and the moment: fixed reports
//! built from sockref's public types, shaped like real runs but with a few options each.

use std::collections::BTreeMap;

use sockref::commands::connect::{Attempt, ConnectReport, Connection, SourceView};
use sockref::commands::keepalive::demo::KeepaliveDemoReport;
use sockref::commands::keepalive::{KeepaliveReport, SocketKeepalive, SystemKeepalive};
use sockref::commands::sockopt::tcp::{TcpInfoCounter, TcpInfoReport};
use sockref::commands::sockopt::{SocketOptions, SockoptReport};
use sockref::echo::experiments::backlog::{
    AcceptQueue, BacklogReport, BacklogStop, Limits, StallOutcome, Stalled,
};
use sockref::echo::experiments::heartbeat::{Event, HeartbeatRun};
use sockref::echo::trace::Side;
use sockref::error::{Error, ErrorKind};
use sockref::report::Report;
use sockref::socket_module::names::{SockAddrView, Symbol};
use sockref::socket_module::options::read::{OptionReading, SetOutcome};
use sockref::socket_module::options::values::{OptValue, Reading};
use sockref::text::Text;

use crate::snap::render_all;

/// An option read successfully.
fn read(
    (level, name, number): (&'static str, &'static str, i32),
    kind: &'static str,
    value: OptValue,
    raw: Option<i64>,
    text: &str,
    meaning: &'static str,
) -> OptionReading {
    OptionReading {
        level,
        name,
        number,
        kind,
        value: Some(value),
        raw,
        text: Some(text.into()),
        error: None,
        settable: true,
        meaning,
    }
}

/// An option the kernel would not give.
fn refused(
    (level, name, number): (&'static str, &'static str, i32),
    kind: &'static str,
    (code, errno, message): (i32, &str, &str),
    meaning: &'static str,
) -> OptionReading {
    OptionReading {
        level,
        name,
        number,
        kind,
        value: None,
        raw: None,
        text: None,
        error: Some(Error::platform(
            ErrorKind::Os,
            "getsockopt",
            &format!("{level}, {name}"),
            code,
            errno,
            message,
        )),
        settable: false,
        meaning,
    }
}

/// A few options of a fresh TCP socket, one of each kind of value, `rcvbuf` bytes of
/// receive buffer.
fn tcp_options(rcvbuf: i64) -> Vec<OptionReading> {
    let rcvbuf_text = format!("{rcvbuf} bytes ({} KiB)", rcvbuf / 1024);
    vec![
        read(
            ("SOL_SOCKET", "SO_KEEPALIVE", 9),
            "bool",
            OptValue::Bool(false),
            Some(0),
            "off",
            "probe an idle connection",
        ),
        read(
            ("SOL_SOCKET", "SO_LINGER", 13),
            "linger",
            OptValue::Linger {
                on: false,
                seconds: 0,
            },
            None,
            "off (0 s)",
            "close(2) waits up to this long for unsent data",
        ),
        read(
            ("SOL_SOCKET", "SO_RCVBUF", 8),
            "bytes",
            OptValue::Int(rcvbuf),
            Some(rcvbuf),
            &rcvbuf_text,
            "receive buffer size; the kernel doubles what is set",
        ),
        read(
            ("SOL_SOCKET", "SO_TYPE", 3),
            "socktype",
            OptValue::Text("SOCK_STREAM".into()),
            Some(1),
            "SOCK_STREAM (1)",
            "the socket type",
        ),
        refused(
            ("IPPROTO_IP", "IP_MTU", 14),
            "bytes",
            (107, "ENOTCONN", "Transport endpoint is not connected"),
            "path MTU known for the connected destination",
        ),
        read(
            ("IPPROTO_TCP", "TCP_CONGESTION", 13),
            "name",
            OptValue::Text("cubic".into()),
            None,
            "cubic",
            "congestion-control algorithm",
        ),
    ]
}

/// `--set SO_RCVBUF=REQUESTED` and what the kernel kept.
fn rcvbuf_set(requested: i64, kept: i64) -> SetOutcome {
    let bytes = |n: i64| Reading {
        value: OptValue::Int(n),
        raw: Some(n),
        text: format!("{n} bytes"),
    };
    let (outcome, note) = if kept == requested {
        ("kept", None)
    } else {
        (
            "changed",
            Some("doubled: the kernel keeps twice the request".to_string()),
        )
    };
    SetOutcome {
        level: "SOL_SOCKET",
        name: "SO_RCVBUF",
        input: requested.to_string(),
        requested: bytes(requested),
        kept: Some(bytes(kept)),
        outcome,
        note,
        error: None,
    }
}

#[test]
fn sockopt_of_a_fresh_socket_with_a_set() {
    let report = SockoptReport {
        process: None,
        call: "socket(AF_INET, SOCK_STREAM, 0)".into(),
        family: "AF_INET".into(),
        socktype: "SOCK_STREAM".into(),
        proto: 0,
        connected: false,
        sockets: vec![SocketOptions {
            role: "fresh",
            local: None,
            peer: None,
            set: vec![rcvbuf_set(65536, 131_072)],
            options: tcp_options(131_072),
            tcp_info: None,
        }],
    };
    insta::assert_snapshot!(render_all(&report));
}

/// Another process's socket: the heading names the process, its descriptor and the ends.
#[test]
fn sockopt_of_another_process_s_socket() {
    let report = SockoptReport {
        process: Some(sockref::commands::sockopt::live::ProcessView {
            pid: 4242,
            fd: 7,
            command: Some(sockref::text::Text::from_bytes(b"srv\x1b[2J".to_vec())),
        }),
        call: "pidfd_getfd(pidfd_open(4242), 7)".into(),
        family: "AF_INET".into(),
        socktype: "SOCK_STREAM".into(),
        proto: 6,
        connected: true,
        sockets: vec![SocketOptions {
            role: "live",
            local: Some("127.0.0.1:8080".into()),
            peer: Some("127.0.0.1:51000".into()),
            set: Vec::new(),
            options: tcp_options(131_072),
            tcp_info: None,
        }],
    };
    insta::assert_snapshot!(render_all(&report));
}

#[test]
fn sockopt_with_a_refused_set() {
    let refusal = SetOutcome {
        level: "IPPROTO_TCP",
        name: "TCP_KEEPIDLE",
        input: "0".into(),
        requested: Reading {
            value: OptValue::Int(0),
            raw: Some(0),
            text: "0 s".into(),
        },
        kept: None,
        outcome: "refused",
        note: None,
        error: Some(Error::platform(
            ErrorKind::Os,
            "setsockopt",
            "IPPROTO_TCP, TCP_KEEPIDLE, 0",
            22,
            "EINVAL",
            "Invalid argument",
        )),
    };
    let report = SockoptReport {
        process: None,
        call: "socket(AF_INET, SOCK_STREAM, 0)".into(),
        family: "AF_INET".into(),
        socktype: "SOCK_STREAM".into(),
        proto: 0,
        connected: false,
        sockets: vec![SocketOptions {
            role: "fresh",
            local: None,
            peer: None,
            set: vec![refusal],
            options: tcp_options(131_072)[2..3].to_vec(),
            tcp_info: None,
        }],
    };
    assert_eq!(report.exit_status().code(), 1);
    insta::assert_snapshot!(render_all(&report));
}

fn tcp_info(rtt: u64, snd_mss: u64) -> TcpInfoReport {
    let counter = |name, value, unit, meaning| TcpInfoCounter {
        name,
        value,
        unit,
        meaning,
    };
    TcpInfoReport {
        length: 280,
        state: "ESTABLISHED".into(),
        ca_state: "Open".into(),
        options: vec!["timestamps", "sack", "wscale"],
        snd_wscale: 7,
        rcv_wscale: 7,
        counters: vec![
            counter(
                "retransmits",
                0,
                "",
                "retransmission timeouts not yet recovered from",
            ),
            counter(
                "snd_mss",
                snd_mss,
                "bytes",
                "maximum segment size for sending",
            ),
            counter("rtt", rtt, "us", "smoothed round-trip time"),
            counter("snd_cwnd", 10, "segments", "congestion window"),
        ],
    }
}

#[test]
fn sockopt_of_a_connected_pair() {
    let end = |role, local: &str, peer: &str, rtt| SocketOptions {
        role,
        local: Some(local.into()),
        peer: Some(peer.into()),
        set: vec![],
        options: tcp_options(131_072)[2..].to_vec(),
        tcp_info: Some(tcp_info(rtt, 32_741)),
    };
    let report = SockoptReport {
        process: None,
        call: "socket(AF_INET, SOCK_STREAM, 0)".into(),
        family: "AF_INET".into(),
        socktype: "SOCK_STREAM".into(),
        proto: 0,
        connected: true,
        sockets: vec![
            end("client", "127.0.0.1:40001", "127.0.0.1:40000", 38),
            end("server", "127.0.0.1:40000", "127.0.0.1:40001", 27),
        ],
    };
    insta::assert_snapshot!(render_all(&report));
}

fn keepalive(idle: i64, set: Vec<SetOutcome>) -> KeepaliveReport {
    KeepaliveReport {
        system: SystemKeepalive {
            tcp_keepalive_time: Some(7200),
            tcp_keepalive_intvl: Some(75),
            tcp_keepalive_probes: Some(9),
            detection_seconds: Some(7875),
            errors: vec![],
        },
        socket: SocketKeepalive {
            family: "AF_INET".into(),
            inherited: set.is_empty(),
            set,
            so_keepalive: false,
            tcp_keepidle: idle,
            tcp_keepintvl: 75,
            tcp_keepcnt: 9,
            detection_seconds: idle + 75 * 9,
        },
    }
}

#[test]
fn keepalive_inherited_from_the_system() {
    insta::assert_snapshot!(render_all(&keepalive(7200, vec![])));
}

#[test]
fn keepalive_with_an_idle_time_set() {
    let set = SetOutcome {
        level: "IPPROTO_TCP",
        name: "TCP_KEEPIDLE",
        input: "60".into(),
        requested: Reading {
            value: OptValue::Int(60),
            raw: Some(60),
            text: "60 s".into(),
        },
        kept: Some(Reading {
            value: OptValue::Int(60),
            raw: Some(60),
            text: "60 s".into(),
        }),
        outcome: "kept",
        note: None,
        error: None,
    };
    insta::assert_snapshot!(render_all(&keepalive(60, vec![set])));
}

#[test]
fn keepalive_demo_of_a_hung_peer() {
    let events = [
        (0.1, "client", "ping 1 sent"),
        (0.2, "server", "ping 1 received"),
        (0.2, "server", "pong 1 sent"),
        (0.3, "client", "pong 1 received"),
        (20.1, "client", "ping 2 sent"),
        (20.2, "server", "ping 2 received"),
        (
            20.2,
            "server",
            "stops answering (the connection stays open, its kernel still ACKs)",
        ),
        (40.1, "client", "missed beat 1 of 2: no pong 2"),
        (40.1, "client", "ping 3 sent"),
        (60.1, "client", "missed beat 2 of 2: no pong 3"),
        (60.1, "client", "peer declared dead"),
    ];
    let report = KeepaliveDemoReport {
        keepalive: keepalive(7200, vec![]),
        demo: HeartbeatRun {
            client: "127.0.0.1:40001".into(),
            server: "127.0.0.1:40000".into(),
            heartbeat_ms: 20,
            misses: 2,
            answered: 1,
            declared_dead_ms: Some(60.1),
            detection_ms: Some(59.8),
            timeline: events
                .iter()
                .map(|&(t_ms, side, event)| Event {
                    t_ms,
                    side: if side == "server" {
                        Side::Server
                    } else {
                        Side::Client
                    },
                    event: event.into(),
                })
                .collect(),
            client_tcp_state: Some("ESTABLISHED".into()),
            client_tcp_unacked: Some(0),
        },
    };
    insta::assert_snapshot!(render_all(&report));
}

fn v4(address: &str, port: u16) -> SockAddrView {
    SockAddrView {
        address: Text::from(address),
        port,
        flowinfo: None,
        scope_id: None,
    }
}

#[test]
fn connect_after_a_refused_candidate() {
    let refused = Error::platform(
        ErrorKind::Os,
        "connect",
        "(\"::1\", 8080, 0, 0)",
        111,
        "ECONNREFUSED",
        "Connection refused",
    );
    let report = ConnectReport {
        input: "localhost:8080".into(),
        host: "localhost".into(),
        port: "8080".into(),
        family: Symbol::Name("AF_UNSPEC"),
        timeout: 5.0,
        source: Some(SourceView {
            address: "127.0.0.1".into(),
            port: 0,
        }),
        attempts: vec![
            Attempt {
                family: Symbol::Name("AF_INET6"),
                sockaddr: SockAddrView {
                    address: Text::from("::1"),
                    port: 8080,
                    flowinfo: Some(0),
                    scope_id: Some(0),
                },
                step: "connect",
                outcome: "ECONNREFUSED".into(),
                elapsed_us: 91,
                allowed_us: 2_500_000,
                error: Some(refused),
            },
            Attempt {
                family: Symbol::Name("AF_INET"),
                sockaddr: v4("127.0.0.1", 8080),
                step: "connect",
                outcome: "connected".into(),
                elapsed_us: 140,
                allowed_us: 4_999_800,
                error: None,
            },
        ],
        connection: Some(Connection {
            laddr: v4("127.0.0.1", 40001),
            raddr: v4("127.0.0.1", 8080),
        }),
    };
    insta::assert_snapshot!(render_all(&report));
}

#[test]
fn connect_that_times_out() {
    let report = ConnectReport {
        input: "192.0.2.1:80".into(),
        host: "192.0.2.1".into(),
        port: "80".into(),
        family: Symbol::Name("AF_UNSPEC"),
        timeout: 0.3,
        source: None,
        attempts: vec![Attempt {
            family: Symbol::Name("AF_INET"),
            sockaddr: v4("192.0.2.1", 80),
            step: "connect",
            outcome: "timeout".into(),
            elapsed_us: 300_412,
            allowed_us: 300_000,
            error: Some(Error::Timeout {
                call: "connect".into(),
                input: "(\"192.0.2.1\", 80)".into(),
                seconds: 0.3,
            }),
        }],
        connection: None,
    };
    assert_eq!(report.exit_status().code(), 1);
    insta::assert_snapshot!(render_all(&report));
}

#[test]
fn backlog_whose_next_client_stalls() {
    let report = BacklogReport {
        backlog: 1,
        listener: "127.0.0.1:40000".into(),
        limits: Limits {
            somaxconn_constant: 4096,
            somaxconn: Some(4096),
            tcp_max_syn_backlog: Some(2048),
            tcp_abort_on_overflow: Some(0),
            tcp_syncookies: Some(1),
            errors: vec![],
        },
        effective_backlog: Some(1),
        expected_completed: Some(2),
        clients_tried: 3,
        completed: 2,
        completed_states: BTreeMap::from([("ESTABLISHED".to_string(), 2)]),
        accept_queue: Some(AcceptQueue { length: 2, max: 1 }),
        stalled: Some(Stalled {
            outcome: StallOutcome::Timeout,
            waited_ms: 200.0,
            state: Some("SYN_SENT".into()),
        }),
        stopped_by: BacklogStop::Stalled,
        listen_overflows: Some(1),
        listen_drops: Some(1),
        accepted: 2,
        elapsed_ms: 200.5,
    };
    insta::assert_snapshot!(render_all(&report));
}

#[test]
fn sockets_with_owners_tcp_info_options_and_time_wait() {
    use sockref::commands::sockets::{
        OptionView, Owner, PortCount, SocketView, SocketsReport, TcpInfoView,
    };
    use sockref::text::Text;
    let socket = |netid, state, local: Option<&str>, peer: Option<&str>| SocketView {
        netid,
        family: if netid.starts_with("u_") {
            "AF_UNIX"
        } else {
            "AF_INET"
        },
        socktype: if netid == "udp" {
            "SOCK_DGRAM"
        } else {
            "SOCK_STREAM"
        },
        proto: if netid == "tcp" { 6 } else { 0 },
        state,
        local: local.map(Text::from),
        peer: peer.map(Text::from),
        peer_inode: None,
        recv_queue: 0,
        send_queue: 0,
        inode: 4711,
        uid: Some(1000),
        processes: vec![Owner {
            pid: 321,
            fd: 5,
            command: Some(Text::from_bytes(b"srv\x1b]0;x".to_vec())),
        }],
        tcp_info: None,
        options: None,
        options_error: None,
    };
    let mut estab = socket(
        "tcp",
        "ESTAB",
        Some("127.0.0.1:8080"),
        Some("127.0.0.1:51000"),
    );
    estab.tcp_info = Some(TcpInfoView {
        rtt_ms: 0.031,
        rttvar_ms: 0.015,
        cwnd: 10,
        mss: 32768,
        retransmits: 0,
    });
    estab.options = Some(vec![OptionView {
        name: "TCP_NODELAY",
        raw: Some(1),
        text: Some("on".into()),
    }]);
    let mut wait = socket(
        "tcp",
        "TIME-WAIT",
        Some("127.0.0.1:8080"),
        Some("127.0.0.1:50999"),
    );
    wait.processes.clear();
    wait.options_error = Some("no process holds it (or it is not this user's to see)".into());
    let mut unix = socket("u_str", "ESTAB", None, None);
    unix.peer_inode = Some(4712);
    let report = SocketsReport {
        sockets: vec![estab, wait, unix],
        time_wait: vec![PortCount {
            port: 8080,
            count: 1,
        }],
    };
    insta::assert_snapshot!(render_all(&report));
}

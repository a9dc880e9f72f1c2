//! `sockopt --pid PID --fd FD` and `fromfd PID FD` against a child process that holds
//! sockets with known options: what sockref reads equals what the child reads from its own
//! sockets with getsockopt (it reports its view over a pipe), and afterwards the child's
//! sockets are unchanged and still carry data.

use std::io::{BufRead, BufReader, Write};
use std::process::{Child, ChildStdin, ChildStdout, Command, Stdio};

use serde_json::Value;

use crate::support::cli::{json_of, sockref};
use crate::support::skip::{note, require, require_python};

/// The child: sockets of every kind with options set, its own getsockopt view of each on
/// one line of JSON; then, on a line from the test, the same view again and a message
/// over each connected socket.
const CHILD: &str = r#"
import json, os, socket, struct, sys
S, T, IP, IP6 = socket.SOL_SOCKET, socket.IPPROTO_TCP, socket.IPPROTO_IP, socket.IPPROTO_IPV6
socks = {}
def opts(s, names):
    return {n: s.getsockopt(level, getattr(socket, n)) for level, n in names}
listener = socket.create_server(("127.0.0.1", 0))
listener.setsockopt(S, socket.SO_REUSEPORT, 1)
listener.setsockopt(S, socket.SO_RCVBUF, 65536)
client = socket.create_connection(listener.getsockname())
for level, name, value in [(T, "TCP_NODELAY", 1), (S, "SO_KEEPALIVE", 1), (T, "TCP_KEEPIDLE", 30),
                           (T, "TCP_KEEPINTVL", 5), (T, "TCP_KEEPCNT", 3), (S, "SO_SNDBUF", 100000)]:
    client.setsockopt(level, getattr(socket, name), value)
client.setsockopt(S, socket.SO_LINGER, struct.pack("ii", 1, 5))
server, _ = listener.accept()
v6 = socket.create_server(("::1", 0), family=socket.AF_INET6)
udp = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
udp.bind(("127.0.0.1", 0))
udp.setsockopt(S, socket.SO_RCVBUF, 32768)
udp.setsockopt(IP, socket.IP_TTL, 33)
udp.setsockopt(S, socket.SO_BROADCAST, 1)
ua, ub = socket.socketpair()
ua.setsockopt(S, socket.SO_SNDBUF, 50000)
ua.setsockopt(S, socket.SO_PASSCRED, 1)
ud = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
ud.setsockopt(S, socket.SO_RCVBUF, 40000)
plan = {
    "listener": (listener, [(S, "SO_REUSEPORT"), (S, "SO_RCVBUF"), (S, "SO_REUSEADDR"), (S, "SO_ACCEPTCONN")]),
    "client": (client, [(T, "TCP_NODELAY"), (S, "SO_KEEPALIVE"), (T, "TCP_KEEPIDLE"), (T, "TCP_KEEPINTVL"),
                        (T, "TCP_KEEPCNT"), (S, "SO_SNDBUF"), (S, "SO_RCVBUF")]),
    "server": (server, [(T, "TCP_NODELAY"), (S, "SO_KEEPALIVE"), (S, "SO_SNDBUF")]),
    "v6": (v6, [(IP6, "IPV6_V6ONLY"), (S, "SO_REUSEADDR")]),
    "udp": (udp, [(S, "SO_RCVBUF"), (IP, "IP_TTL"), (S, "SO_BROADCAST")]),
    "unix_stream": (ua, [(S, "SO_SNDBUF"), (S, "SO_PASSCRED")]),
    "unix_dgram": (ud, [(S, "SO_RCVBUF")]),
}
def view():
    out = []
    for label, (s, names) in plan.items():
        o = opts(s, names)
        if label == "client":
            on, secs = struct.unpack("ii", s.getsockopt(S, socket.SO_LINGER, 8))
            o["SO_LINGER"] = {"on": bool(on), "seconds": secs}
        out.append({"label": label, "fd": s.fileno(), "family": s.family.name, "type": s.type.name,
                    "proto": s.getsockopt(S, socket.SO_PROTOCOL), "options": o})
    return out
before = view()
print(json.dumps({"pid": os.getpid(), "sockets": before}), flush=True)
sys.stdin.readline()
works = True
client.sendall(b"ping"); works &= server.recv(4) == b"ping"
ua.sendall(b"pong"); works &= ub.recv(4) == b"pong"
udp.sendto(b"dgram", udp.getsockname()); works &= udp.recv(5) == b"dgram"
print(json.dumps({"unchanged": view() == before, "works": works}), flush=True)
"#;

struct ChildProcess {
    child: Child,
    stdin: ChildStdin,
    stdout: BufReader<ChildStdout>,
}

impl ChildProcess {
    fn start() -> ChildProcess {
        let mut child = Command::new("python3")
            .args(["-c", CHILD])
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .spawn()
            .expect("start the child");
        let stdin = child.stdin.take().expect("its stdin");
        let stdout = BufReader::new(child.stdout.take().expect("its stdout"));
        ChildProcess {
            child,
            stdin,
            stdout,
        }
    }

    fn line(&mut self) -> Value {
        let mut line = String::new();
        self.stdout
            .read_line(&mut line)
            .expect("a line from the child");
        serde_json::from_str(&line).unwrap_or_else(|e| panic!("the child said {line:?}: {e}"))
    }
}

impl Drop for ChildProcess {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// sockref's reading of one option, in the child's terms: the C int, or SO_LINGER's
/// `{"on", "seconds"}`.
fn reading(report: &Value, name: &str) -> Value {
    let option = report["sockets"][0]["options"]
        .as_array()
        .into_iter()
        .flatten()
        .find(|o| o["name"] == name)
        .cloned()
        .unwrap_or(Value::Null);
    if name == "SO_LINGER" {
        option["value"].clone()
    } else {
        option["raw"].clone()
    }
}

#[test]
fn another_process_s_sockets_read_as_it_reads_them_and_left_unchanged() {
    if !require_python() {
        return;
    }
    let mut child = ChildProcess::start();
    let first = child.line();
    let pid = first["pid"].to_string();
    let mut compared = 0;
    for socket in first["sockets"].as_array().into_iter().flatten() {
        let fd = socket["fd"].to_string();
        let label = socket["label"].as_str().unwrap_or_default();
        let report = json_of(&["sockopt", "--pid", &pid, "--fd", &fd]);
        assert_eq!(report["family"], socket["family"], "{label}");
        assert_eq!(report["type"], socket["type"], "{label}");
        assert_eq!(report["proto"], socket["proto"], "{label}");
        assert_eq!(report["process"]["command"], "python3", "{label}");
        for (name, value) in socket["options"].as_object().into_iter().flatten() {
            let ours = match (reading(&report, name), value) {
                (Value::Number(n), Value::Number(_)) => Value::Number(n),
                (other, _) => other,
            };
            assert_eq!(&ours, value, "{label} {name}");
            compared += 1;
        }
        if matches!(label, "client" | "server") {
            assert!(
                report["sockets"][0]["tcp_info"].is_object(),
                "{label}: TCP_INFO"
            );
        }
        let options = report["sockets"][0]["options"]
            .as_array()
            .cloned()
            .unwrap_or_default();
        assert!(
            options.iter().all(|o| o["name"] != "SO_ERROR"),
            "SO_ERROR is cleared by a read"
        );
        let mirror = json_of(&["fromfd", &pid, &fd]);
        assert_eq!(
            mirror["result"]["family"], socket["family"],
            "fromfd {label}"
        );
        assert_eq!(mirror["result"]["type"], socket["type"], "fromfd {label}");
    }
    child.stdin.write_all(b"go\n").expect("tell the child");
    let after = child.line();
    assert_eq!(
        after["unchanged"], true,
        "the child's options changed: {after}"
    );
    assert_eq!(
        after["works"], true,
        "the child's sockets stopped working: {after}"
    );
    note(&format!(
        "sockopt --pid: {compared} options of 7 sockets read as the owning process reads them"
    ));
}

#[test]
fn what_cannot_be_read_says_why() {
    if !require_python() {
        return;
    }
    let mut child = ChildProcess::start();
    let first = child.line();
    let pid = first["pid"].to_string();
    let fd = first["sockets"][0]["fd"].to_string();
    let error = |args: &[&str], status: i32| -> String {
        let output = sockref().args(args).output().expect("run sockref");
        assert_eq!(output.status.code(), Some(status), "{args:?}");
        String::from_utf8_lossy(&output.stderr).into_owned()
    };
    // Descriptor 0 of the child is the pipe the test writes to.
    let stderr = error(&["sockopt", "--pid", &pid, "--fd", "0"], 2);
    assert!(
        stderr.contains("not a socket") && stderr.contains("pipe:"),
        "{stderr}"
    );
    let stderr = error(&["sockopt", "--pid", &pid, "--fd", "999"], 1);
    assert!(stderr.contains("no such descriptor"), "{stderr}");
    let gone = {
        let mut done = Command::new("true").spawn().expect("true");
        let id = done.id();
        let _ = done.wait();
        id.to_string()
    };
    let stderr = error(&["fromfd", &gone, "3"], 1);
    assert!(stderr.contains("no such process"), "{stderr}");
    if require("setpriv", &["--version"]) {
        // nobody may not trace the child, which runs as this test's user.
        let output = Command::new("setpriv")
            .args(["--reuid=65534", "--regid=65534", "--clear-groups"])
            .arg(env!("CARGO_BIN_EXE_sockref"))
            .args(["sockopt", "--pid", &pid, "--fd", &fd])
            .output()
            .expect("run setpriv");
        let stderr = String::from_utf8_lossy(&output.stderr);
        if is_root() {
            assert_eq!(output.status.code(), Some(2), "{stderr}");
            assert!(
                stderr.contains("not permitted") && stderr.contains("CAP_SYS_PTRACE"),
                "{stderr}"
            );
        }
    }
}

/// Whether this test runs as root, so that nobody is another user than the child's.
fn is_root() -> bool {
    std::fs::read_to_string("/proc/self/status")
        .map(|s| {
            s.lines()
                .any(|l| l.starts_with("Uid:") && l.split_whitespace().nth(1) == Some("0"))
        })
        .unwrap_or(false)
}

/// A child holding sockets of every kind `sockets` lists: TCP listening and connected, UDP
/// bound and connected, over IPv4 and IPv6; unix stream (a listener on a path and a
/// connection), datagram (abstract name) and seqpacket (a socketpair).
const HOLDER: &str = r#"
import os, socket, sys, tempfile
l = socket.create_server(("127.0.0.1", 0)); c = socket.create_connection(l.getsockname()); a, _ = l.accept()
v6 = socket.create_server(("::1", 0), family=socket.AF_INET6)
c6 = socket.create_connection(v6.getsockname()[:2]); a6, _ = v6.accept()
u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM); u.bind(("127.0.0.1", 0))
u6 = socket.socket(socket.AF_INET6, socket.SOCK_DGRAM); u6.bind(("::1", 0)); u6.connect(("::1", 9))
path = os.path.join(tempfile.mkdtemp(), "holder.sock")
ul = socket.socket(socket.AF_UNIX); ul.bind(path); ul.listen()
uc = socket.socket(socket.AF_UNIX); uc.connect(path); ua, _ = ul.accept()
ud = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM); ud.bind("\0sockref-holder-%d" % os.getpid())
p1, p2 = socket.socketpair(socket.AF_UNIX, socket.SOCK_SEQPACKET)
print(os.getpid(), flush=True)
sys.stdin.readline()
os.unlink(path)
"#;

/// One socket as both tools print it: netid, state, queues, local, peer, and for unix
/// sockets their inodes; and the descriptor of the process holding it.
type Row = (String, String, String, String, String, String, String);

fn ss_rows(pid: &str) -> Vec<Row> {
    let output = Command::new("ss")
        .args(["-H", "-tuxanp"])
        .output()
        .expect("run ss");
    let marker = format!("pid={pid},");
    let mut rows: Vec<Row> = String::from_utf8_lossy(&output.stdout)
        .lines()
        .filter(|l| l.contains(&marker))
        .filter_map(|line| {
            let f: Vec<&str> = line.split_whitespace().collect();
            let fd = line.split(&marker).nth(1)?.split([')', ',']).next()?;
            let fd = fd.trim_start_matches("fd=").to_string();
            let none = |a: &str| {
                if a.ends_with(":*") {
                    "*".to_string()
                } else {
                    a.to_string()
                }
            };
            Some(if f[0].starts_with("u_") {
                // u_str STATE RQ SQ LOCAL INODE PEER PEER_INODE users:(...)
                let peer = if f[7] == "0" {
                    "*".to_string()
                } else {
                    format!("inode {}", f[7])
                };
                (
                    f[0].into(),
                    f[1].into(),
                    f[2].into(),
                    f[3].into(),
                    format!("{} {}", f[4], f[5]),
                    peer,
                    fd,
                )
            } else {
                (
                    f[0].into(),
                    f[1].into(),
                    f[2].into(),
                    f[3].into(),
                    f[4].into(),
                    none(f[5]),
                    fd,
                )
            })
        })
        .collect();
    rows.sort();
    rows
}

fn sockref_rows(report: &Value) -> Vec<Row> {
    let text = |v: &Value| v.as_str().map_or("*".to_string(), str::to_string);
    let mut rows: Vec<Row> = report["sockets"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|s| {
            let unix = s["netid"].as_str().is_some_and(|n| n.starts_with("u_"));
            let local = if unix {
                format!("{} {}", text(&s["local"]), s["inode"])
            } else {
                text(&s["local"])
            };
            let peer = match s["peer_inode"].as_u64() {
                Some(inode) if unix && inode != 0 => format!("inode {inode}"),
                _ => text(&s["peer"]),
            };
            (
                text(&s["netid"]),
                text(&s["state"]),
                s["recv_queue"].to_string(),
                s["send_queue"].to_string(),
                local,
                peer,
                s["processes"][0]["fd"].to_string(),
            )
        })
        .collect();
    rows.sort();
    rows
}

#[test]
fn sockets_lists_what_ss_lists() {
    if !(require_python() && require("ss", &["-V"])) {
        return;
    }
    let mut holder = Command::new("python3")
        .args(["-c", HOLDER])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("start the holder");
    let mut stdin = holder.stdin.take().expect("its stdin");
    let mut stdout = BufReader::new(holder.stdout.take().expect("its stdout"));
    let mut pid = String::new();
    stdout.read_line(&mut pid).expect("the holder's pid");
    let pid = pid.trim().to_string();
    let ours = sockref_rows(&json_of(&["sockets", "--pid", &pid]));
    let theirs = ss_rows(&pid);
    let _ = stdin.write_all(b"done\n");
    let _ = holder.wait();
    assert_eq!(ours.len(), 14, "the holder's sockets: {ours:#?}");
    assert_eq!(ours, theirs, "sockref sockets and ss -tuxanp disagree");
    for (netid, state) in [
        ("tcp", "LISTEN"),
        ("tcp", "ESTAB"),
        ("udp", "UNCONN"),
        ("udp", "ESTAB"),
        ("u_str", "LISTEN"),
        ("u_dgr", "UNCONN"),
        ("u_seq", "ESTAB"),
    ] {
        assert!(
            ours.iter().any(|r| r.0 == netid && r.1 == state),
            "no {netid} {state}"
        );
    }
    note(&format!(
        "sockets: the {} sockets of a process agree with ss -tuxanp",
        ours.len()
    ));
}

#[test]
fn sockets_filters_and_counts_time_wait() {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("a listener");
    let port = listener.local_addr().expect("its address").port();
    // Connections this side closes first leave TIME-WAIT behind, on the client's port.
    for _ in 0..3 {
        let client = std::net::TcpStream::connect(("127.0.0.1", port)).expect("connect");
        let (server, _) = listener.accept().expect("accept");
        drop(server);
        drop(client);
    }
    std::thread::sleep(std::time::Duration::from_millis(200));
    let report = json_of(&["sockets", "--port", &port.to_string(), "--tcp"]);
    let sockets = report["sockets"].as_array().cloned().unwrap_or_default();
    assert!(sockets.iter().any(|s| s["state"] == "LISTEN"), "{report}");
    let waiting = sockets.iter().filter(|s| s["state"] == "TIME-WAIT").count();
    assert_eq!(waiting, 3, "{report}");
    assert_eq!(report["time_wait"][0]["port"], port, "{report}");
    assert_eq!(report["time_wait"][0]["count"], 3, "{report}");
    let listening = json_of(&["sockets", "--port", &port.to_string(), "--listening", "-4"]);
    assert_eq!(
        listening["sockets"].as_array().map(Vec::len),
        Some(1),
        "{listening}"
    );
    let options = json_of(&[
        "sockets",
        "--port",
        &port.to_string(),
        "--state",
        "listen",
        "--options",
    ]);
    let names: Vec<&str> = options["sockets"][0]["options"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|o| o["name"].as_str())
        .collect();
    assert!(
        names.contains(&"SO_REUSEADDR") && names.contains(&"TCP_NODELAY"),
        "{options}"
    );
    let bad = sockref()
        .args(["sockets", "--state", "sleepy"])
        .output()
        .expect("run");
    assert_eq!(bad.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&bad.stderr).contains("not a state"));
}

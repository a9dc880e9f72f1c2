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

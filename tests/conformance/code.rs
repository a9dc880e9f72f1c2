//! `--code python|c|rust`: every program sockref writes is run and must print what
//! sockref answers for the same call. Python programs run with python3, C programs are
//! built with cc, Rust programs with rustc (std only) or in one scratch crate built
//! offline against the versions of libc and socket2 in sockref's own Cargo.lock.
//!
//! A program prints its answer in the line form of `sockref::code` (DESIGN.md section 2),
//! and the expected lines are derived here from sockref's `--json` answer to the same
//! command; for a friendly verb, from sockref's answers to the mirrors of the calls the
//! verb's program makes. A call that fails must fail in every language, with the words
//! sockref reports.

use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use serde_json::Value;

use crate::support::cli::sockref;
use crate::support::skip::{note, require, require_python};

/// One command of the test and what it is compared with.
struct Case {
    args: Vec<String>,
    /// For a friendly verb: the mirrors of the calls its program makes, in order.
    mirrors: Vec<Vec<String>>,
    /// For a verb whose calls have no mirror (the 64-bit byte order): its expected lines
    /// from its own JSON answer.
    own: Option<fn(&Value) -> Vec<String>>,
}

fn words(line: &str) -> Vec<String> {
    line.split_whitespace().map(str::to_string).collect()
}

fn mirror(line: &str) -> Case {
    Case {
        args: words(line),
        mirrors: Vec::new(),
        own: None,
    }
}

fn verb(line: &str, mirrors: &[&str]) -> Case {
    Case {
        mirrors: mirrors.iter().map(|m| words(m)).collect(),
        ..mirror(line)
    }
}

/// `byteorder N`: every conversion of every width the value fits, as the verb reports.
fn byteorder_lines(json: &Value) -> Vec<String> {
    let mut lines = Vec::new();
    for width in json["widths"].as_array().into_iter().flatten() {
        if width["fits"] != true {
            continue;
        }
        for swap in [&width["hton"], &width["ntoh"]] {
            lines.push(format!(
                "# {}",
                swap["function"].as_str().unwrap_or_default()
            ));
            lines.push(swap["result"].to_string());
        }
    }
    lines
}

/// Every mirror and lookup verb that takes `--code`, with arguments of each kind; the
/// names are numeric or in /etc/hosts, so nothing asks DNS.
fn cases(server: u16, server_fd: i32) -> Vec<Case> {
    let mut cases: Vec<Case> = [
        "gethostbyname localhost",
        "gethostbyname 127.0.0.1",
        "gethostbyname_ex localhost",
        "gethostbyaddr 127.0.0.1",
        "gethostbyaddr localhost",
        "getaddrinfo localhost 80",
        "getaddrinfo localhost http --type stream --flags canonname",
        "getaddrinfo ::1 443 --family inet6 --proto tcp",
        "getaddrinfo None 8080 --flags passive,numericserv --type dgram",
        "getaddrinfo 127.0.0.1 None",
        "getnameinfo 127.0.0.1 80",
        "getnameinfo ::1 443 --flags numerichost,numericserv",
        "getnameinfo 127.0.0.1 53 --flags dgram",
        "getnameinfo fe80::1%lo 80 --flags numerichost",
        "getnameinfo fe80::1 80 --flags numerichost --scope-id lo",
        "getnameinfo fe80::1 80 --flags numerichost --scope-id 99 --flowinfo 7",
        "getaddrinfo fe80::1%lo 80 --type stream",
        "gethostname",
        "getfqdn",
        "getfqdn localhost",
        "getservbyname https",
        "getservbyname domain udp",
        "getservbyname nosuchservice",
        "getservbyport 443",
        "getservbyport 53 udp",
        "getprotobyname tcp",
        "getprotobyname icmp",
        "getprotobyname nosuchproto",
        "htons 9999",
        "htonl 0x7f000001",
        "ntohs 3879",
        "ntohl 16777343",
        "inet_pton inet 127.0.0.1",
        "inet_pton AF_INET6 ::ffff:1.2.3.4",
        "inet_pton inet 127.1",
        "inet_ntop inet 7f000001",
        "inet_ntop inet6 00000000000000000000000001020304",
        "inet_aton 127.1",
        "inet_aton 0x7f.1",
        "inet_ntoa c0a80001",
        "CMSG_LEN 4",
        "CMSG_SPACE 12",
        "has_ipv6",
        "has_dualstack_ipv6",
        "getsockopt inet stream SOL_SOCKET SO_RCVBUF",
        "getsockopt inet6 stream ipv6 IPV6_V6ONLY",
        "getsockopt inet stream tcp TCP_NODELAY",
        "getsockopt inet dgram SOL_SOCKET SO_TYPE",
        "getsockopt unix stream SOL_SOCKET SO_SNDBUF",
        "getsockopt inet stream SOL_SOCKET SO_LINGER --buflen 8",
        "getsockopt inet stream SOL_SOCKET SO_BUSY_POLL",
        "getsockopt inet stream SOL_SOCKET 9999",
        "setsockopt inet stream SOL_SOCKET SO_RCVBUF 4096",
        "setsockopt inet stream tcp TCP_KEEPIDLE 30",
        "setsockopt inet stream SOL_SOCKET SO_LINGER 0100000005000000 --bytes",
        "setsockopt inet stream tcp TCP_CONGESTION 72656e6f --bytes --buflen 4",
        "socketpair",
        "socketpair AF_UNIX SOCK_DGRAM",
        "socketpair unix seqpacket",
        "socketpair inet",
        "send_fds",
        "create_server 127.0.0.1:0",
        "create_server [::1]:0 --backlog 5 --reuse-port",
        "create_server",
        "if_nameindex",
        "if_nametoindex lo",
        "if_nametoindex nosuch0",
        "if_indextoname 1",
        "if_indextoname 99999",
    ]
    .into_iter()
    .map(mirror)
    .collect();
    cases.push(mirror(&format!("create_connection 127.0.0.1:{server}")));
    cases.push(mirror(&format!(
        "fromfd {} {server_fd}",
        std::process::id()
    )));
    cases.push(mirror(&format!(
        "create_connection localhost {server} --source 127.0.0.1"
    )));
    cases.extend([
        verb(
            "resolve localhost -4",
            &["getaddrinfo localhost None --family inet --flags canonname"],
        ),
        verb(
            "resolve localhost 127.0.0.1 --service https --type stream",
            &[
                "getaddrinfo localhost https --type stream --flags canonname",
                "getaddrinfo 127.0.0.1 https --type stream --flags canonname",
            ],
        ),
        verb(
            "reverse 127.0.0.1",
            &["gethostbyaddr 127.0.0.1", "getnameinfo 127.0.0.1 0"],
        ),
        verb("hostname", &["gethostname", "getfqdn"]),
        verb("service https", &["getservbyname https"]),
        verb("service 53 --proto udp", &["getservbyport 53 udp"]),
        verb("proto udp", &["getprotobyname udp"]),
        Case {
            own: Some(byteorder_lines),
            ..mirror("byteorder 9999")
        },
        Case {
            own: Some(byteorder_lines),
            ..mirror("byteorder 0x1_0000_0000")
        },
        verb(
            "inet 127.1",
            &["inet_aton 127.1", "inet_ntop inet 7f000001"],
        ),
        verb(
            "inet ::1",
            &[
                "inet_pton inet6 ::1",
                "inet_ntop inet6 00000000000000000000000000000001",
            ],
        ),
        verb(
            "inet fe80::1%lo",
            &[
                "inet_pton inet6 fe80::1",
                "if_nametoindex lo",
                "inet_ntop inet6 fe800000000000000000000000000001",
            ],
        ),
        verb(
            "inet c0a80001",
            &["inet_ntop inet c0a80001", "inet_ntoa c0a80001"],
        ),
    ]);
    cases
}

/// What a program (or sockref) printed: its lines, or the words of its failure.
#[derive(Debug, Clone, PartialEq)]
enum Answer {
    Lines(Vec<String>),
    Failed(String),
}

#[test]
fn programs_print_what_sockref_answers() {
    if !(require_python() && require("cc", &["--version"]) && require("rustc", &["--version"])) {
        return;
    }
    let server = TcpListener::bind("127.0.0.1:0").expect("a loopback listener");
    let port = server.local_addr().expect("its address").port();
    let cases = cases(port, std::os::fd::AsRawFd::as_raw_fd(&server));
    let dir = tempfile::tempdir().expect("a scratch directory");
    let expected: Vec<Answer> = cases.iter().map(expected).collect();
    let python: Vec<Answer> = cases
        .iter()
        .enumerate()
        .map(|(i, c)| run_python(dir.path(), i, c))
        .collect();
    let c: Vec<Answer> = cases
        .iter()
        .enumerate()
        .map(|(i, c)| run_c(dir.path(), i, c))
        .collect();
    let rust = run_rust(dir.path(), &cases);
    let mut disagreements = Vec::new();
    for (i, case) in cases.iter().enumerate() {
        for (language, answer) in [("python", &python[i]), ("c", &c[i]), ("rust", &rust[i])] {
            if let Some(why) = disagreement(&expected[i], answer) {
                disagreements.push(format!("{} --code {language}: {why}", case.args.join(" ")));
            }
        }
    }
    drop(server);
    assert!(disagreements.is_empty(), "{}", disagreements.join("\n"));
    note(&format!(
        "conformance: --code: {} commands x 3 languages print what sockref answers",
        cases.len()
    ));
}

/// Why a program's answer is not sockref's, if it is not.
fn disagreement(expected: &Answer, got: &Answer) -> Option<String> {
    match (expected, got) {
        (Answer::Lines(want), Answer::Lines(have)) => {
            let same =
                want.len() == have.len() && want.iter().zip(have).all(|(w, h)| same_line(w, h));
            (!same).then(|| format!("printed {have:?}, sockref answers {want:?}"))
        }
        (Answer::Failed(words), Answer::Failed(stderr)) => (!stderr.contains(words.as_str()))
            .then(|| format!("failed with {stderr:?}, without sockref's words {words:?}")),
        (want, have) => Some(format!("{have:?}, sockref answers {want:?}")),
    }
}

/// Lines match; a `# CALL` header matches any header of the same function.
fn same_line(want: &str, have: &str) -> bool {
    match (want.strip_prefix("# "), have.strip_prefix("# ")) {
        (Some(w), Some(h)) => h.starts_with(&format!("{w}(")),
        _ => want == have,
    }
}

/// sockref's own answer in the programs' line form.
fn expected(case: &Case) -> Answer {
    if let Some(own) = case.own {
        return Answer::Lines(own(&crate::support::cli::json_of(
            &case.args.iter().map(String::as_str).collect::<Vec<_>>(),
        )));
    }
    if case.mirrors.is_empty() {
        return answer_of(&case.args);
    }
    let mut lines = Vec::new();
    for m in &case.mirrors {
        let function = m[0].clone();
        if case.mirrors.len() > 1 {
            lines.push(format!("# {function}"));
        }
        match answer_of(m) {
            Answer::Lines(l) => lines.extend(l),
            failed => return failed,
        }
    }
    Answer::Lines(lines)
}

fn answer_of(args: &[String]) -> Answer {
    let output = sockref()
        .args(args)
        .arg("--json")
        .output()
        .expect("run sockref");
    if !output.status.success() {
        let error: Value = serde_json::from_slice(&output.stderr).expect("a JSON error");
        let words = error["error"]["message"].as_str().unwrap_or_default();
        return Answer::Failed(words.to_string());
    }
    let json: Value = serde_json::from_slice(&output.stdout).expect("JSON");
    Answer::Lines(lines_of(&args[0], &json))
}

/// The line form of sockref's JSON answer to `command`.
fn lines_of(command: &str, json: &Value) -> Vec<String> {
    let result = &json["result"];
    let text = |v: &Value| match v {
        Value::String(s) => s.clone(),
        Value::Bool(true) => "True".to_string(),
        Value::Bool(false) => "False".to_string(),
        other => other.to_string(),
    };
    let list = |v: &Value| -> String {
        v.as_array()
            .map(|a| a.iter().map(|x| format!(" {}", text(x))).collect())
            .unwrap_or_default()
    };
    let truth = |b: bool| text(&Value::Bool(b));
    match command {
        "getaddrinfo" => result
            .as_array()
            .map(|rows| rows.iter().map(addrinfo_line).collect())
            .unwrap_or_default(),
        "gethostbyname_ex" | "gethostbyaddr" => vec![
            format!("hostname {}", text(&result["hostname"])),
            format!("aliases{}", list(&result["aliaslist"])),
            format!("addresses{}", list(&result["ipaddrlist"])),
        ],
        "getnameinfo" => vec![format!(
            "{} {}",
            text(&result["host"]),
            text(&result["port"])
        )],
        "create_connection" => vec![format!(
            "peer {} {}",
            text(&result["raddr"]["address"]),
            text(&result["raddr"]["port"])
        )],
        "socketpair" => vec![
            format!(
                "first_to_second {}",
                truth(json["round_trip"]["first_to_second"] == true)
            ),
            format!(
                "second_to_first {}",
                truth(json["round_trip"]["second_to_first"] == true)
            ),
        ],
        "send_fds" => vec![
            format!("data {}", text(&json["data"])),
            format!("same_file {}", truth(json["same_file"] == true)),
            format!("msg_flags {}", text(&json["msg_flags"])),
        ],
        "if_nameindex" => result
            .as_array()
            .map(|l| {
                l.iter()
                    .map(|e| format!("{} {}", e["index"], text(&e["name"])))
                    .collect()
            })
            .unwrap_or_default(),
        "fromfd" => {
            let address = |v: &Value| match v {
                Value::Object(_) => format!(" {} {}", text(&v["address"]), text(&v["port"])),
                Value::String(path) => format!(" {path}"),
                _ => String::new(),
            };
            vec![
                format!(
                    "{} {} {}",
                    text(&result["family"]),
                    text(&result["type"]),
                    result["proto"]
                ),
                format!("laddr{}", address(&result["laddr"])),
                format!("raddr{}", address(&result["raddr"])),
            ]
        }
        "create_server" => json["options"]
            .as_array()
            .map(|o| {
                o.iter()
                    .map(|o| format!("{} {}", text(&o["name"]), text(&o["value"])))
                    .collect()
            })
            .unwrap_or_default(),
        _ => vec![text(result)],
    }
}

fn addrinfo_line(row: &Value) -> String {
    let s = &row["sockaddr"];
    let mut line = format!(
        "{} {} {} {} {}",
        row["family"].as_str().unwrap_or_default(),
        row["type"].as_str().unwrap_or_default(),
        row["proto"],
        s["address"].as_str().unwrap_or_default(),
        s["port"]
    );
    if row["family"] == "AF_INET6" {
        line.push_str(&format!(" {} {}", s["flowinfo"], s["scope_id"]));
    }
    match row["canonname"].as_str() {
        Some(name) if !name.is_empty() => line.push_str(&format!(" {name}")),
        _ => {}
    }
    line
}

/// The program sockref writes for a case.
fn program(case: &Case, language: &str) -> String {
    let output = sockref()
        .args(&case.args)
        .args(["--code", language])
        .output()
        .expect("run sockref");
    assert!(
        output.status.success(),
        "{} --code {language}: {}",
        case.args.join(" "),
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).expect("a program is text")
}

/// What a program run printed: its lines, less the local address of a connection (the
/// kernel's choice of port), or its standard error when it failed.
fn answer(output: &Output) -> Answer {
    if !output.status.success() {
        return Answer::Failed(String::from_utf8_lossy(&output.stderr).into_owned());
    }
    Answer::Lines(
        String::from_utf8_lossy(&output.stdout)
            .lines()
            .filter(|l| !l.starts_with("local "))
            .map(str::to_string)
            .collect(),
    )
}

fn run_python(dir: &Path, i: usize, case: &Case) -> Answer {
    let path = dir.join(format!("p{i}.py"));
    std::fs::write(&path, program(case, "python")).expect("write the program");
    answer(
        &Command::new("python3")
            .arg(&path)
            .output()
            .expect("run python3"),
    )
}

fn run_c(dir: &Path, i: usize, case: &Case) -> Answer {
    let source = dir.join(format!("c{i}.c"));
    let binary = dir.join(format!("c{i}"));
    std::fs::write(&source, program(case, "c")).expect("write the program");
    let built = Command::new("cc")
        .args(["-Wall", "-Wextra", "-Werror", "-o"])
        .arg(&binary)
        .arg(&source)
        .output()
        .expect("run cc");
    assert!(
        built.status.success(),
        "{} --code c does not build:\n{}",
        case.args.join(" "),
        String::from_utf8_lossy(&built.stderr)
    );
    answer(&Command::new(&binary).output().expect("run the program"))
}

/// Builds every Rust program, std-only ones with rustc and the rest as binaries of one
/// scratch crate, and runs each.
fn run_rust(dir: &Path, cases: &[Case]) -> Vec<Answer> {
    let krate = dir.join("scratch");
    std::fs::create_dir_all(krate.join("src/bin")).expect("the scratch crate");
    let mut binaries: Vec<PathBuf> = Vec::new();
    let mut in_crate = false;
    for (i, case) in cases.iter().enumerate() {
        let source = program(case, "rust");
        if source.contains("Cargo.toml") {
            std::fs::write(krate.join(format!("src/bin/r{i}.rs")), source).expect("write");
            binaries.push(krate.join(format!("target/debug/r{i}")));
            in_crate = true;
        } else {
            let path = dir.join(format!("r{i}.rs"));
            std::fs::write(&path, source).expect("write the program");
            let binary = dir.join(format!("r{i}"));
            rustc(&path, &binary, case);
            binaries.push(binary);
        }
    }
    if in_crate {
        build_scratch(&krate);
    }
    binaries
        .iter()
        .map(|b| answer(&Command::new(b).output().expect("run the program")))
        .collect()
}

fn rustc(source: &Path, binary: &Path, case: &Case) {
    let built = Command::new("rustc")
        .args(["--edition", "2024", "-D", "warnings", "-o"])
        .arg(binary)
        .arg(source)
        .output()
        .expect("run rustc");
    assert!(
        built.status.success(),
        "{} --code rust does not build with rustc:\n{}",
        case.args.join(" "),
        String::from_utf8_lossy(&built.stderr)
    );
}

/// The scratch crate: libc and socket2 at the versions sockref's Cargo.lock pins, built
/// offline with warnings denied.
fn build_scratch(krate: &Path) {
    let lock = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/Cargo.lock"))
        .expect("sockref's Cargo.lock");
    let manifest = format!(
        "[package]\nname = \"scratch\"\nversion = \"0.0.0\"\nedition = \"2024\"\npublish = false\n\n\
         [dependencies]\nlibc = \"={}\"\nsocket2 = {{ version = \"={}\", features = [\"all\"] }}\n",
        locked_version(&lock, "libc"),
        locked_version(&lock, "socket2")
    );
    std::fs::write(krate.join("Cargo.toml"), manifest).expect("write the manifest");
    std::fs::write(krate.join("Cargo.lock"), &lock).expect("write the lock file");
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_string());
    let built = Command::new(cargo)
        .args(["build", "--offline", "--quiet", "--bins"])
        .current_dir(krate)
        .env("RUSTFLAGS", "-D warnings")
        .env("CARGO_TARGET_DIR", krate.join("target"))
        .output()
        .expect("run cargo");
    assert!(
        built.status.success(),
        "the Rust programs do not build:\n{}",
        String::from_utf8_lossy(&built.stderr)
    );
}

/// The version of `name` in a Cargo.lock.
fn locked_version(lock: &str, name: &str) -> String {
    let entry = format!("name = \"{name}\"\nversion = \"");
    let start = lock
        .find(&entry)
        .map(|i| i + entry.len())
        .expect("the crate in Cargo.lock");
    lock[start..]
        .split('"')
        .next()
        .unwrap_or_default()
        .to_string()
}

/// The names a program writes as names are in every language: Python's socket module has
/// each, glibc's headers define each, the libc crate declares each.
#[test]
fn portable_names_are_everywhere() {
    if !(require_python() && require("cc", &["--version"]) && require("rustc", &["--version"])) {
        return;
    }
    let names = sockref::code::PORTABLE;
    let list: Vec<String> = names.iter().map(|n| format!("{n:?}")).collect();
    let python = Command::new("python3")
        .args([
            "-c",
            &format!(
                "import socket\nmissing = [n for n in [{}] if not hasattr(socket, n)]\nprint(missing)",
                list.join(", ")
            ),
        ])
        .output()
        .expect("run python3");
    assert_eq!(
        String::from_utf8_lossy(&python.stdout).trim(),
        "[]",
        "not in Python"
    );
    let dir = tempfile::tempdir().expect("a scratch directory");
    let c = dir.path().join("names.c");
    let uses: Vec<String> = names.iter().map(|n| format!("    (void) {n};")).collect();
    std::fs::write(
        &c,
        format!(
            "#include <netdb.h>\n#include <netinet/in.h>\n#include <netinet/tcp.h>\n\
             #include <sys/socket.h>\nint main(void)\n{{\n{}\n    return 0;\n}}\n",
            uses.join("\n")
        ),
    )
    .expect("write");
    let built = Command::new("cc")
        .arg("-o")
        .arg(dir.path().join("names"))
        .arg(&c)
        .output()
        .expect("run cc");
    assert!(
        built.status.success(),
        "{}",
        String::from_utf8_lossy(&built.stderr)
    );
    let krate = dir.path().join("scratch");
    std::fs::create_dir_all(krate.join("src/bin")).expect("the scratch crate");
    let uses: Vec<String> = names
        .iter()
        .map(|n| format!("    let _ = libc::{n};"))
        .collect();
    std::fs::write(
        krate.join("src/bin/names.rs"),
        format!("fn main() {{\n{}\n}}\n", uses.join("\n")),
    )
    .expect("write");
    build_scratch(&krate);
}

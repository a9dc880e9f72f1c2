//! Python programs: the socket module itself, as a reader of Python's documentation
//! would write the call.

use super::symbols::{Part, parts};
use super::{Call, Unsupported, fill, literal, read_length};
use crate::socket_module::parse::to_hex;
use crate::socket_module::pyargs::PyArg;

/// The whole program: `import socket`, then each call and the printing of its answer.
pub fn program(calls: &[Call]) -> Result<String, Unsupported<'_>> {
    let mut source = String::from("import socket\n\n");
    for call in calls {
        if calls.len() > 1 {
            source.push_str(&format!(
                "print({})\n",
                literal::python(&format!("# {}", call.text()))
            ));
        }
        source.push_str(&snippet(call)?);
    }
    Ok(source)
}

fn snippet(call: &Call) -> Result<String, Unsupported<'_>> {
    let invoke = |args: &str| format!("socket.{}({args})", call.function);
    let positional = positional(call);
    Ok(match call.function {
        "has_ipv6" => "print(socket.has_ipv6)\n".to_string(),
        "inet_pton" | "inet_aton" => format!("print({}.hex())\n", invoke(&positional)),
        "gethostbyname_ex" | "gethostbyaddr" => format!(
            "hostname, aliases, addresses = {}\n\
             print(\"hostname\", hostname)\n\
             print(\"aliases\", *aliases)\n\
             print(\"addresses\", *addresses)\n",
            invoke(&positional)
        ),
        "getaddrinfo" => getaddrinfo(call),
        "getnameinfo" => format!("host, port = {}\nprint(host, port)\n", invoke(&positional)),
        "getsockopt" | "setsockopt" => sockopt(call),
        "create_connection" => create_connection(call),
        "socketpair" => format!(
            "first, second = {}\n\
             with first, second:\n\
             \x20   first.sendall(b\"ping\")\n\
             \x20   print(\"first_to_second\", second.recv(4) == b\"ping\")\n\
             \x20   second.sendall(b\"pong\")\n\
             \x20   print(\"second_to_first\", first.recv(4) == b\"pong\")\n",
            invoke(&positional)
        ),
        "send_fds" => SEND_FDS.to_string(),
        "fromfd" => fill(
            FROMFD,
            &[
                ("pid", &expr(call.arg("pid"))),
                ("fd", &expr(call.arg("fd"))),
                ("getfd", &libc::SYS_pidfd_getfd.to_string()),
            ],
        ),
        "if_nameindex" => {
            "for index, name in socket.if_nameindex():\n    print(index, name)\n".to_string()
        }
        "create_server" => create_server(call),
        "getprotobynumber" => {
            return Err((
                call,
                "the socket module has no getprotobynumber (the C and Rust programs call it)",
            ));
        }
        "htonll" | "ntohll" => format!(
            "# The socket module has no 64-bit function: the bytes, turned around.\n\
             x = {}\n\
             print(int.from_bytes(x.to_bytes(8, \"little\"), \"big\"))\n",
            expr(call.arg("x"))
        ),
        _ => format!("print({})\n", invoke(&positional)),
    })
}

/// A scratch file's descriptor across a socketpair, and the proof it is the same file.
const SEND_FDS: &str = "\
import os
import tempfile

first, second = socket.socketpair()
with first, second, tempfile.TemporaryFile() as scratch:
    socket.send_fds(first, [b\"fd\"], [scratch.fileno()])
    data, fds, flags, _ = socket.recv_fds(second, 1024, 4)
    sent, received = os.fstat(scratch.fileno()), os.fstat(fds[0])
    print(\"data\", data.decode())
    print(\"same_file\", (sent.st_dev, sent.st_ino) == (received.st_dev, received.st_ino))
    print(\"msg_flags\", flags)
    os.close(fds[0])
";

/// socket.fromfd works on this process's descriptors only: another process's comes
/// through pidfd_getfd(2), by its number on this platform (Python has no wrapper).
const FROMFD: &str = "\
import ctypes
import os

SYS_pidfd_getfd = @getfd@
libc = ctypes.CDLL(None, use_errno=True)
pidfd = os.pidfd_open(@pid@)
fd = libc.syscall(SYS_pidfd_getfd, pidfd, @fd@, 0)
os.close(pidfd)
if fd < 0:
    errno = ctypes.get_errno()
    raise OSError(errno, os.strerror(errno))


def shown(address):
    if isinstance(address, tuple):
        return list(address[:2])
    return [address] if address else []


with socket.socket(fileno=fd) as sock:
    proto = sock.getsockopt(socket.SOL_SOCKET, socket.SO_PROTOCOL)
    print(sock.family.name, sock.type.name, proto)
    print(\"laddr\", *shown(sock.getsockname()))
    try:
        print(\"raddr\", *shown(sock.getpeername()))
    except OSError:
        print(\"raddr\")
";

/// The listener and the options Python set on it, read back.
fn create_server(call: &Call) -> String {
    let mut args = vec![expr(call.arg("address"))];
    for (name, arg) in call.args.iter().skip(1) {
        args.push(format!("{name}={}", expr(arg)));
    }
    let mut options = vec![
        ("SOL_SOCKET", "SO_REUSEADDR"),
        ("SOL_SOCKET", "SO_REUSEPORT"),
        ("SOL_SOCKET", "SO_ACCEPTCONN"),
    ];
    if call.arg("family") != &PyArg::None {
        options.push(("IPPROTO_IPV6", "IPV6_V6ONLY"));
    }
    let mut source = format!(
        "with socket.create_server({}) as server:\n",
        args.join(", ")
    );
    for (level, name) in options {
        source.push_str(&format!(
            "    print(\"{name}\", server.getsockopt(socket.{level}, socket.{name}))\n"
        ));
    }
    source
}

/// The arguments in order. getservbyname and getservbyport take no None for a protocol
/// left out, so trailing Nones are dropped.
fn positional(call: &Call) -> String {
    let mut args: Vec<&PyArg> = call.args.iter().map(|(_, a)| a).collect();
    while args.last() == Some(&&PyArg::None) && call.function.starts_with("getservby") {
        args.pop();
    }
    args.into_iter().map(expr).collect::<Vec<_>>().join(", ")
}

fn getaddrinfo(call: &Call) -> String {
    // Hints left at their defaults (0, AF_UNSPEC) are left out, as one writes the call.
    let mut args = vec![expr(call.arg("host")), expr(call.arg("port"))];
    for k in ["family", "type", "proto", "flags"] {
        let arg = call.arg(k);
        let default = match arg {
            PyArg::Int(0) | PyArg::None => true,
            PyArg::Name(n) => n == "0" || n == "AF_UNSPEC",
            _ => false,
        };
        if !default {
            args.push(format!("{k}={}", expr(arg)));
        }
    }
    format!(
        "rows = socket.getaddrinfo({})\n\
         for family, type_, proto, canonname, sockaddr in rows:\n\
         \x20   fields = [family.name, type_.name, proto, *sockaddr]\n\
         \x20   if canonname:\n\
         \x20       fields.append(canonname)\n\
         \x20   print(*fields)\n",
        args.join(", ")
    )
}

/// A fresh socket of the call's family, type and protocol, and the option read (after
/// it is set, for setsockopt).
fn sockopt(call: &Call) -> String {
    let mut socket_args = vec![expr(call.arg("family")), expr(call.arg("type"))];
    if call.arg("proto") != &PyArg::None {
        socket_args.push(expr(call.arg("proto")));
    }
    let option = format!("{}, {}", expr(call.arg("level")), expr(call.arg("optname")));
    let mut body = String::new();
    if call.function == "setsockopt" {
        body.push_str(&format!(
            "    sock.setsockopt({option}, {})\n",
            expr(call.arg("value"))
        ));
    }
    let read = match read_length(call) {
        None => format!("sock.getsockopt({option})"),
        Some(n) => format!("sock.getsockopt({option}, {n}).hex()"),
    };
    body.push_str(&format!("    print({read})\n"));
    format!(
        "with socket.socket({}) as sock:\n{body}",
        socket_args.join(", ")
    )
}

fn create_connection(call: &Call) -> String {
    let mut args = vec![expr(call.arg("address"))];
    if let PyArg::Float(t) = call.arg("timeout") {
        args.push(format!("timeout={t:?}"));
    }
    if call.arg("source_address") != &PyArg::None {
        args.push(format!(
            "source_address={}",
            expr(call.arg("source_address"))
        ));
    }
    format!(
        "with socket.create_connection({}) as sock:\n\
         \x20   print(\"peer\", *sock.getpeername()[:2])\n\
         \x20   print(\"local\", *sock.getsockname()[:2])\n",
        args.join(", ")
    )
}

/// A Python expression for an argument.
fn expr(arg: &PyArg) -> String {
    match arg {
        PyArg::None => "None".to_string(),
        PyArg::Int(n) => n.to_string(),
        PyArg::Str(s) => literal::python(s),
        PyArg::Name(_) => symbols(arg),
        PyArg::Bytes(b) => format!("bytes.fromhex({})", literal::python(&to_hex(b))),
        PyArg::SockAddr(host, port) => format!("({}, {port})", literal::python(host)),
        PyArg::Float(x) => format!("{x:?}"),
        PyArg::Bool(b) => if *b { "True" } else { "False" }.to_string(),
        PyArg::Tuple(members) => {
            let inner: Vec<String> = members.iter().map(|(_, a)| expr(a)).collect();
            format!("({})", inner.join(", "))
        }
    }
}

/// `socket.AI_CANONNAME | socket.AI_PASSIVE`; a name the socket module may lack is looked
/// up with this platform's value as the fallback: `getattr(socket, "SO_BUSY_POLL", 46)`.
fn symbols(arg: &PyArg) -> String {
    let rendered: Vec<String> = parts(arg)
        .into_iter()
        .map(|p| match p {
            Part::Portable(name) => format!("socket.{name}"),
            Part::Local(name, value) => {
                format!("getattr(socket, {}, {value})", literal::python(&name))
            }
            Part::Number(n) => n,
        })
        .collect();
    rendered.join(" | ")
}

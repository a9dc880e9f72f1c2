//! C programs: the POSIX calls underneath Python's functions, made as Python makes them
//! (gethostbyname is getaddrinfo with AF_INET, getnameinfo first parses the address with
//! getaddrinfo and AI_NUMERICHOST), so that both print the same.

use super::symbols::{Part, locals, parts};
use super::{Call, Unsupported, literal};
use crate::socket_module::pyargs::PyArg;

mod helpers;
mod interfaces;
mod netdb;
mod sockets;

use helpers::Helper;

/// What one call adds to a program.
#[derive(Default)]
struct Snippet {
    includes: Vec<&'static str>,
    helpers: Vec<Helper>,
    body: String,
}

impl Snippet {
    fn new(includes: &[&'static str], helpers: &[Helper], body: String) -> Self {
        Snippet {
            includes: includes.to_vec(),
            helpers: helpers.to_vec(),
            body,
        }
    }
}

/// The whole program: includes, the constants older headers may lack, helpers, and main
/// making each call in its own block.
pub fn program(calls: &[Call]) -> Result<String, Unsupported<'_>> {
    let mut includes = vec!["stdio.h"];
    let mut helpers: Vec<Helper> = Vec::new();
    let mut bodies = Vec::new();
    for call in calls {
        let snippet = snippet(call)?;
        for include in snippet.includes {
            if !includes.contains(&include) {
                includes.push(include);
            }
        }
        for helper in snippet.helpers {
            if !helpers.contains(&helper) {
                helpers.push(helper);
            }
        }
        let mut body = String::new();
        if calls.len() > 1 {
            body.push_str(&format!(
                "puts({});\n",
                literal::c(&format!("# {}", call.text()))
            ));
        }
        body.push_str(&snippet.body);
        bodies.push(body);
    }
    for helper in &helpers {
        for include in helper.includes() {
            if !includes.contains(include) {
                includes.push(include);
            }
        }
    }
    includes.sort_unstable();
    let mut source = String::new();
    for include in includes {
        source.push_str(&format!("#include <{include}>\n"));
    }
    source.push_str(&defines(calls));
    for helper in &helpers {
        source.push('\n');
        source.push_str(helper.source());
    }
    source.push_str(&main_function(&bodies));
    Ok(source)
}

/// `main`, making each call in turn.
fn main_function(bodies: &[String]) -> String {
    format!(
        "\nint main(void)\n{{\n{}    return 0;\n}}\n",
        super::main_statements(bodies)
    )
}

/// `#define`s for the names of the calls that older headers may lack, guarded so that a
/// header's own definition wins.
fn defines(calls: &[Call]) -> String {
    let mut out = String::new();
    for (name, value) in locals(&super::all_args(calls)) {
        out.push_str(&format!(
            "\n#ifndef {name}\n#define {name} {value} /* this platform's value */\n#endif\n"
        ));
    }
    out
}

fn snippet(call: &Call) -> Result<Snippet, Unsupported<'_>> {
    Ok(match call.function {
        "gethostbyname" => netdb::gethostbyname(call),
        "gethostbyname_ex" => netdb::gethostbyname_ex(call),
        "gethostbyaddr" => netdb::gethostbyaddr(call),
        "getaddrinfo" => netdb::getaddrinfo(call),
        "getnameinfo" => netdb::getnameinfo(call),
        "gethostname" => netdb::gethostname(),
        "getfqdn" => netdb::getfqdn(call),
        "getservbyname" | "getservbyport" => netdb::service(call),
        "getprotobyname" | "getprotobynumber" => netdb::protocol(call),
        "create_connection" => netdb::create_connection(call),
        "htons" | "htonl" | "ntohs" | "ntohl" | "htonll" | "ntohll" => byteorder(call),
        "inet_pton" => inet_pton(call),
        "inet_ntop" => inet_ntop(call),
        "inet_aton" => inet_aton(call),
        "inet_ntoa" => inet_ntoa(call),
        "CMSG_LEN" | "CMSG_SPACE" => Snippet::new(
            &["sys/socket.h"],
            &[],
            format!("printf(\"%zu\\n\", (size_t) {}({}));\n", call.function, expr(call.arg("length"))),
        ),
        "has_ipv6" => Snippet::new(
            &["sys/socket.h", "unistd.h"],
            &[],
            "/* Python says whether it was built with IPv6; this asks the kernel. */\n\
             int fd = socket(AF_INET6, SOCK_DGRAM, 0);\n\
             puts(fd >= 0 ? \"True\" : \"False\");\n\
             if (fd >= 0)\n    close(fd);\n"
                .to_string(),
        ),
        "has_dualstack_ipv6" => Snippet::new(
            &["netinet/in.h", "sys/socket.h", "unistd.h"],
            &[],
            "/* Dual-stack when an IPv6 stream socket can clear IPV6_V6ONLY. */\n\
             int fd = socket(AF_INET6, SOCK_STREAM, 0);\n\
             int off = 0;\n\
             int dual = fd >= 0 && setsockopt(fd, IPPROTO_IPV6, IPV6_V6ONLY, &off, sizeof off) == 0;\n\
             puts(dual ? \"True\" : \"False\");\n\
             if (fd >= 0)\n    close(fd);\n"
                .to_string(),
        ),
        "getsockopt" | "setsockopt" => sockopt(call),
        "socketpair" => sockets::socketpair(call),
        "send_fds" => sockets::send_fds(),
        "if_nameindex" | "if_nametoindex" | "if_indextoname" => interfaces::snippet(call),
        "create_server" => sockets::create_server(call),
        "fromfd" => sockets::fromfd(call),
        _ => return Err((call, "sockref has no C template for this call")),
    })
}

fn byteorder(call: &Call) -> Snippet {
    let x = expr(call.arg("x"));
    let (function, cast, format, suffix) = match call.function {
        "htonll" => ("htobe64", "unsigned long long", "%llu", "ull"),
        "ntohll" => ("be64toh", "unsigned long long", "%llu", "ull"),
        f @ ("htonl" | "ntohl") => (f, "unsigned", "%u", "u"),
        f => (f, "unsigned", "%u", "u"),
    };
    let include = if function.contains("64") {
        "endian.h"
    } else {
        "arpa/inet.h"
    };
    Snippet::new(
        &[include],
        &[],
        format!("printf(\"{format}\\n\", ({cast}) {function}({x}{suffix}));\n"),
    )
}

fn inet_pton(call: &Call) -> Snippet {
    let family = call.arg("address_family");
    Snippet::new(
        &["arpa/inet.h"],
        &[Helper::PrintHex],
        format!(
            "unsigned char packed[16];\n\
             int ok = inet_pton({}, {}, packed);\n\
             if (ok == 0) {{\n\
             \x20   fprintf(stderr, \"inet_pton: illegal IP address string passed to inet_pton\\n\");\n\
             \x20   return 1;\n\
             }}\n\
             if (ok < 0) {{\n\
             \x20   perror(\"inet_pton\");\n\
             \x20   return 1;\n\
             }}\n\
             print_hex(packed, {});\n",
            expr(family),
            expr(call.arg("ip_string")),
            super::packed_len(family)
        ),
    )
}

fn inet_ntop(call: &Call) -> Snippet {
    Snippet::new(
        &["arpa/inet.h"],
        &[],
        format!(
            "const unsigned char packed[] = {{{}}};\n\
             char text[INET6_ADDRSTRLEN];\n\
             if (inet_ntop({}, packed, text, sizeof text) == NULL) {{\n\
             \x20   perror(\"inet_ntop\");\n\
             \x20   return 1;\n\
             }}\n\
             puts(text);\n",
            bytes(call.arg("packed_ip")),
            expr(call.arg("address_family"))
        ),
    )
}

fn inet_aton(call: &Call) -> Snippet {
    Snippet::new(
        &["arpa/inet.h"],
        &[Helper::PrintHex],
        format!(
            "struct in_addr addr;\n\
             if (inet_aton({}, &addr) == 0) {{\n\
             \x20   fprintf(stderr, \"inet_aton: illegal IP address string passed to inet_aton\\n\");\n\
             \x20   return 1;\n\
             }}\n\
             print_hex((const unsigned char *) &addr, sizeof addr);\n",
            expr(call.arg("ip_string"))
        ),
    )
}

fn inet_ntoa(call: &Call) -> Snippet {
    Snippet::new(
        &["arpa/inet.h", "string.h"],
        &[],
        format!(
            "const unsigned char packed[] = {{{}}};\n\
             struct in_addr addr;\n\
             memcpy(&addr, packed, sizeof addr);\n\
             puts(inet_ntoa(addr));\n",
            bytes(call.arg("packed_ip"))
        ),
    )
}

/// A fresh socket, the option set (setsockopt) and read back: an int, or the bytes of a
/// buffer when the call reads into one.
fn sockopt(call: &Call) -> Snippet {
    let proto = match call.arg("proto") {
        PyArg::None => "0".to_string(),
        p => expr(p),
    };
    let option = format!("{}, {}", expr(call.arg("level")), expr(call.arg("optname")));
    let mut body = format!(
        "int fd = socket({}, {}, {proto});\n\
         if (fd < 0) {{\n\
         \x20   perror(\"socket\");\n\
         \x20   return 1;\n\
         }}\n",
        expr(call.arg("family")),
        expr(call.arg("type"))
    );
    if call.function == "setsockopt" {
        let (declare, size) = match call.arg("value") {
            PyArg::Bytes(b) => (
                format!("const unsigned char set[] = {{{}}};\n", bytes_of(b)),
                "sizeof set",
            ),
            v => (format!("int set = {};\n", expr(v)), "sizeof set"),
        };
        body.push_str(&declare);
        body.push_str(&format!(
            "if (setsockopt(fd, {option}, &set, {size}) != 0) {{\n\
             \x20   perror(\"setsockopt\");\n\
             \x20   return 1;\n\
             }}\n"
        ));
    }
    let (read, helpers) = read_back(call, &option);
    body.push_str(&read);
    body.push_str("close(fd);\n");
    Snippet::new(
        &["netinet/in.h", "netinet/tcp.h", "sys/socket.h", "unistd.h"],
        &helpers,
        body,
    )
}

/// The getsockopt that reads the option back: into an int, or into a buffer printed as
/// hex when the call reads bytes.
fn read_back(call: &Call, option: &str) -> (String, Vec<Helper>) {
    let (declare, target, print, helpers) = match super::read_length(call) {
        Some(n) => (
            format!("unsigned char value[{n}];"),
            "value",
            "print_hex(value, len);",
            vec![Helper::PrintHex],
        ),
        None => (
            "int value;".to_string(),
            "&value",
            "printf(\"%d\\n\", value);",
            Vec::new(),
        ),
    };
    let text = format!(
        "{declare}\n\
         socklen_t len = sizeof value;\n\
         if (getsockopt(fd, {option}, {target}, &len) != 0) {{\n\
         \x20   perror(\"getsockopt\");\n\
         \x20   return 1;\n\
         }}\n\
         {print}\n"
    );
    (text, helpers)
}

/// A C expression for an argument: a string literal, a number, or constants joined by `|`.
fn expr(arg: &PyArg) -> String {
    match arg {
        PyArg::None => "NULL".to_string(),
        PyArg::Str(s) => literal::c(s),
        PyArg::Name(_) | PyArg::Int(_) => {
            let names: Vec<String> = parts(arg)
                .into_iter()
                .map(|p| match p {
                    Part::Portable(n) | Part::Local(n, _) | Part::Number(n) => n,
                })
                .collect();
            names.join(" | ")
        }
        other => other.to_string(),
    }
}

/// A port or service argument: C takes it as text.
fn port_text(arg: &PyArg) -> String {
    match arg {
        PyArg::Int(n) => literal::c(&n.to_string()),
        other => expr(other),
    }
}

/// The members of a byte array initializer: `0x7f, 0x00, 0x00, 0x01`.
fn bytes(arg: &PyArg) -> String {
    match arg {
        PyArg::Bytes(b) => bytes_of(b),
        _ => String::new(),
    }
}

fn bytes_of(b: &[u8]) -> String {
    b.iter()
        .map(|byte| format!("0x{byte:02x}"))
        .collect::<Vec<_>>()
        .join(", ")
}

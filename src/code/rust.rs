//! Rust programs: std where it makes the same call (byte order, connecting), the libc
//! crate for the resolver and databases, and the C functions libc does not declare
//! (inet_pton, gethostbyname2, ...) declared by the program itself, so that each makes
//! exactly the call sockref makes.

use super::symbols::{Part, locals, parts};
use super::{Call, Unsupported, literal};
use crate::socket_module::pyargs::PyArg;

mod interfaces;
mod netdb;
mod sockets;
mod support;

use support::{Extern, Helper};

/// What one call adds to a program.
#[derive(Default)]
struct Snippet {
    crates: Vec<&'static str>,
    externs: Vec<Extern>,
    helpers: Vec<Helper>,
    body: String,
}

impl Snippet {
    fn std(body: String) -> Self {
        Snippet {
            body,
            ..Snippet::default()
        }
    }

    fn libc(externs: &[Extern], helpers: &[Helper], body: String) -> Self {
        Snippet {
            crates: vec!["libc"],
            externs: externs.to_vec(),
            helpers: helpers.to_vec(),
            body,
        }
    }
}

/// The program and the crates it needs besides std.
pub fn program(calls: &[Call]) -> Result<(String, Vec<&'static str>), Unsupported<'_>> {
    let mut crates: Vec<&'static str> = Vec::new();
    let mut externs: Vec<Extern> = Vec::new();
    let mut helpers: Vec<Helper> = Vec::new();
    let mut bodies = Vec::new();
    for call in calls {
        let snippet = snippet(call)?;
        merge(&mut crates, snippet.crates);
        merge(&mut externs, snippet.externs);
        for helper in snippet.helpers {
            merge(&mut helpers, helper.needs().to_vec());
            merge(&mut helpers, vec![helper]);
        }
        let mut body = String::new();
        if calls.len() > 1 {
            let header = literal::rust(&format!("# {}", call.text()));
            body.push_str(&format!("println!(\"{{}}\", {header});\n"));
        }
        body.push_str(&snippet.body);
        bodies.push(body);
    }
    let mut source = consts(calls);
    if !externs.is_empty() {
        source.push_str(
            "// glibc functions the libc crate does not declare.\nunsafe extern \"C\" {\n",
        );
        for e in &externs {
            source.push_str(&format!("    {}\n", e.declaration()));
        }
        source.push_str("}\n\n");
    }
    source.push_str(&format!(
        "fn main() {{\n{}}}\n",
        super::main_statements(&bodies)
    ));
    for helper in &helpers {
        source.push('\n');
        source.push_str(helper.source());
    }
    Ok((source, crates))
}

fn merge<T: PartialEq>(into: &mut Vec<T>, items: Vec<T>) {
    for item in items {
        if !into.contains(&item) {
            into.push(item);
        }
    }
}

/// Constants the libc crate may lack, defined with this platform's values.
fn consts(calls: &[Call]) -> String {
    let mut out = String::new();
    for (name, value) in locals(&super::all_args(calls)) {
        out.push_str(&format!(
            "const {name}: libc::c_int = {value}; // this platform's value\n"
        ));
    }
    if !out.is_empty() {
        out.push('\n');
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
        "create_connection" => netdb::create_connection(call)
            .ok_or((call, "std connects to a port number; give the port as a number"))?,
        "htons" | "htonl" | "ntohs" | "ntohl" | "htonll" | "ntohll" => byteorder(call),
        "inet_pton" => netdb::inet_pton(call),
        "inet_ntop" => netdb::inet_ntop(call),
        "inet_aton" => netdb::inet_aton(call),
        "inet_ntoa" => netdb::inet_ntoa(call),
        "CMSG_LEN" | "CMSG_SPACE" => Snippet::libc(
            &[],
            &[],
            format!(
                "// SAFETY: the macro only computes a length.\n\
                 println!(\"{{}}\", unsafe {{ libc::{}({}) }});\n",
                call.function,
                expr(call.arg("length"))
            ),
        ),
        "has_ipv6" => Snippet::std(
            "// Python says whether it was built with IPv6; this asks the kernel.\n\
             let has = std::net::UdpSocket::bind(\"[::]:0\").is_ok();\n\
             println!(\"{}\", if has { \"True\" } else { \"False\" });\n"
                .to_string(),
        ),
        "has_dualstack_ipv6" => Snippet {
            crates: vec!["socket2"],
            body: "// Dual-stack when an IPv6 stream socket can clear IPV6_V6ONLY.\n\
                   let dual = socket2::Socket::new(socket2::Domain::IPV6, socket2::Type::STREAM, None)\n\
                   \x20   .and_then(|s| s.set_only_v6(false))\n\
                   \x20   .is_ok();\n\
                   println!(\"{}\", if dual { \"True\" } else { \"False\" });\n"
                .to_string(),
            ..Snippet::default()
        },
        "getsockopt" | "setsockopt" => netdb::sockopt(call),
        "socketpair" => sockets::socketpair(call),
        "send_fds" => sockets::send_fds(),
        "if_nameindex" | "if_nametoindex" | "if_indextoname" => interfaces::snippet(call),
        "create_server" => sockets::create_server(call),
        "fromfd" => sockets::fromfd(call),
        _ => return Err((call, "sockref has no Rust template for this call")),
    })
}

fn byteorder(call: &Call) -> Snippet {
    let (ty, method) = match call.function {
        "htons" => ("u16", "to_be"),
        "ntohs" => ("u16", "from_be"),
        "htonl" => ("u32", "to_be"),
        "ntohl" => ("u32", "from_be"),
        "htonll" => ("u64", "to_be"),
        _ => ("u64", "from_be"),
    };
    Snippet::std(format!(
        "// {}: the value's bytes in network order, read back on this host.\n\
         println!(\"{{}}\", {ty}::{method}({}));\n",
        call.function,
        expr(call.arg("x"))
    ))
}

/// A Rust expression for an argument of a libc call.
fn expr(arg: &PyArg) -> String {
    match arg {
        PyArg::None => "std::ptr::null()".to_string(),
        PyArg::Str(s) => format!("{}.as_ptr()", literal::rust_c(s)),
        PyArg::Name(_) | PyArg::Int(_) => {
            let names: Vec<String> = parts(arg)
                .into_iter()
                .map(|p| match p {
                    Part::Portable(n) => format!("libc::{n}"),
                    Part::Local(n, _) | Part::Number(n) => n,
                })
                .collect();
            names.join(" | ")
        }
        other => other.to_string(),
    }
}

/// A port or service argument: getaddrinfo takes it as text.
fn port_text(arg: &PyArg) -> String {
    match arg {
        PyArg::Int(n) => format!("{}.as_ptr()", literal::rust_c(&n.to_string())),
        other => expr(other),
    }
}

/// `[0x7f, 0x00, 0x00, 0x01]`.
fn bytes(arg: &PyArg) -> String {
    let PyArg::Bytes(b) = arg else {
        return "[]".to_string();
    };
    let members: Vec<String> = b.iter().map(|byte| format!("0x{byte:02x}")).collect();
    format!("[{}]", members.join(", "))
}

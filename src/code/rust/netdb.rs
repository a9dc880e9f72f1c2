//! The Rust programs of the resolver, database, address and option calls.

use super::support::{Extern, Helper};
use super::{Snippet, bytes, expr, port_text};
use crate::code::{Call, fill, literal, read_length, sockaddr_parts};
use crate::socket_module::pyargs::PyArg;

/// The lines that end the program with getaddrinfo's words for `err`.
fn gai_failed(call: &str) -> String {
    format!("if err != 0 {{\n    die(\"{call}\", gai_message(err));\n}}\n")
}

/// A C-string argument as a `&CStr` (for helpers that take one).
fn c_str(arg: &PyArg) -> String {
    match arg {
        PyArg::Str(s) => literal::rust_c(s),
        other => literal::rust_c(&other.to_string()),
    }
}

const GAI: &[Helper] = &[Helper::Die, Helper::GaiMessage];

pub fn gethostbyname(call: &Call) -> Snippet {
    Snippet::libc(
        &[],
        GAI,
        format!(
            "// Python's gethostbyname asks getaddrinfo for AF_INET and takes the first.\n\
             // (std's `(name, 0).to_socket_addrs()` asks for any family.)\n\
             // SAFETY: zeroed hints are \"no preference\"; res is freed below.\n\
             let mut hints: libc::addrinfo = unsafe {{ std::mem::zeroed() }};\n\
             hints.ai_family = libc::AF_INET;\n\
             let mut res: *mut libc::addrinfo = std::ptr::null_mut();\n\
             let err = unsafe {{ libc::getaddrinfo({}, std::ptr::null(), &hints, &mut res) }};\n\
             {}\
             // SAFETY: on success res holds at least one AF_INET entry.\n\
             let first = unsafe {{ *(*res).ai_addr.cast::<libc::sockaddr_in>() }};\n\
             println!(\"{{}}\", std::net::Ipv4Addr::from(u32::from_be(first.sin_addr.s_addr)));\n\
             // SAFETY: res came from getaddrinfo and is freed once.\n\
             unsafe {{ libc::freeaddrinfo(res) }};\n",
            expr(call.arg("hostname")),
            gai_failed("gethostbyname")
        ),
    )
}

pub fn gethostbyname_ex(call: &Call) -> Snippet {
    Snippet::libc(
        &[Extern::Gethostbyname2, Extern::HErrno, Extern::InetNtop],
        &[Helper::Die, Helper::HostError, Helper::PrintHostent],
        format!(
            "// SAFETY: the name is NUL-terminated; the entry is read before any other call.\n\
             let h = unsafe {{ gethostbyname2({}, libc::AF_INET) }};\n\
             if h.is_null() {{\n\
             \x20   die(\"gethostbyname_ex\", host_error());\n\
             }}\n\
             // SAFETY: not null, so it points at the library's entry.\n\
             print_hostent(unsafe {{ &*h }});\n",
            expr(call.arg("hostname"))
        ),
    )
}

pub fn gethostbyaddr(call: &Call) -> Snippet {
    Snippet::libc(
        &[Extern::Gethostbyaddr, Extern::HErrno, Extern::InetNtop],
        &[
            Helper::Die,
            Helper::GaiMessage,
            Helper::AddressOf,
            Helper::HostError,
            Helper::PrintHostent,
        ],
        format!(
            "let (family, addr) = address_of({}).unwrap_or_else(|err| die(\"gethostbyaddr\", gai_message(err)));\n\
             // SAFETY: addr holds the address's bytes and their length is passed.\n\
             let h = unsafe {{ gethostbyaddr(addr.as_ptr().cast(), addr.len() as libc::socklen_t, family) }};\n\
             if h.is_null() {{\n\
             \x20   die(\"gethostbyaddr\", host_error());\n\
             }}\n\
             // SAFETY: not null, so it points at the library's entry.\n\
             print_hostent(unsafe {{ &*h }});\n",
            c_str(call.arg("ip_address"))
        ),
    )
}

pub fn getaddrinfo(call: &Call) -> Snippet {
    Snippet::libc(
        &[Extern::InetNtop],
        &[
            Helper::Die,
            Helper::GaiMessage,
            Helper::Names,
            Helper::Numeric,
        ],
        format!(
            "// std's `to_socket_addrs()` makes this call with SOCK_STREAM and keeps only addresses.\n\
             // SAFETY: zeroed hints are \"no preference\"; res is freed below.\n\
             let mut hints: libc::addrinfo = unsafe {{ std::mem::zeroed() }};\n\
             hints.ai_family = {};\n\
             hints.ai_socktype = {};\n\
             hints.ai_protocol = {};\n\
             hints.ai_flags = {};\n\
             let mut res: *mut libc::addrinfo = std::ptr::null_mut();\n\
             let err = unsafe {{ libc::getaddrinfo({}, {}, &hints, &mut res) }};\n\
             {}\
             let mut next = res;\n\
             while !next.is_null() {{\n\
             \x20   // SAFETY: each entry of the list is valid until freeaddrinfo.\n\
             \x20   let ai = unsafe {{ &*next }};\n\
             \x20   let (host, port) = numeric(ai.ai_addr, ai.ai_addrlen);\n\
             \x20   let mut line = format!(\"{{}} {{}} {{}} {{host}} {{port}}\", family_name(ai.ai_family), type_name(ai.ai_socktype), ai.ai_protocol);\n\
             \x20   if ai.ai_family == libc::AF_INET6 {{\n\
             \x20       // SAFETY: an AF_INET6 entry's address is a sockaddr_in6.\n\
             \x20       let sin6 = unsafe {{ &*ai.ai_addr.cast::<libc::sockaddr_in6>() }};\n\
             \x20       line += &format!(\" {{}} {{}}\", u32::from_be(sin6.sin6_flowinfo), sin6.sin6_scope_id);\n\
             \x20   }}\n\
             \x20   if !ai.ai_canonname.is_null() {{\n\
             \x20       line += &format!(\" {{}}\", text(ai.ai_canonname));\n\
             \x20   }}\n\
             \x20   println!(\"{{line}}\");\n\
             \x20   next = ai.ai_next;\n\
             }}\n\
             // SAFETY: res came from getaddrinfo and is freed once.\n\
             unsafe {{ libc::freeaddrinfo(res) }};\n",
            expr(call.arg("family")),
            expr(call.arg("type")),
            expr(call.arg("proto")),
            expr(call.arg("flags")),
            expr(call.arg("host")),
            port_text(call.arg("port")),
            gai_failed("getaddrinfo")
        ),
    )
}

pub fn getnameinfo(call: &Call) -> Snippet {
    let (host, port, flowinfo, scope_id) = sockaddr_parts(call.arg("sockaddr"));
    let body = fill(
        GETNAMEINFO,
        &[
            ("host", &expr(&host)),
            ("port", &port_text(&port)),
            ("failed", &gai_failed("getnameinfo")),
            ("flowinfo", &flowinfo.to_string()),
            ("scope_id", &scope_id.to_string()),
            ("flags", &expr(call.arg("flags"))),
        ],
    );
    Snippet::libc(&[], &[Helper::Die, Helper::GaiMessage, Helper::Text], body)
}

const GETNAMEINFO: &str = "// As Python does: the address parsed by getaddrinfo, then looked up.
// SAFETY: zeroed hints are \"no preference\"; res is freed below.
let mut hints: libc::addrinfo = unsafe { std::mem::zeroed() };
hints.ai_socktype = libc::SOCK_DGRAM;
hints.ai_flags = libc::AI_NUMERICHOST;
let mut res: *mut libc::addrinfo = std::ptr::null_mut();
let err = unsafe { libc::getaddrinfo(@host@, @port@, &hints, &mut res) };
@failed@let mut host = [0 as libc::c_char; 1025];
let mut port = [0 as libc::c_char; 32];
// SAFETY: res holds a socket address of ai_addrlen bytes (a sockaddr_in6 for AF_INET6);
// the buffers' lengths are passed.
let err = unsafe {
    let ai = &*res;
    if ai.ai_family == libc::AF_INET6 {
        // The sockaddr's flowinfo and scope_id (zero for Python's 2-tuple), whatever
        // %scope the text had.
        let sin6 = &mut *ai.ai_addr.cast::<libc::sockaddr_in6>();
        sin6.sin6_flowinfo = u32::to_be(@flowinfo@);
        sin6.sin6_scope_id = @scope_id@;
    }
    let err = libc::getnameinfo(ai.ai_addr, ai.ai_addrlen, host.as_mut_ptr(), 1025,
        port.as_mut_ptr(), 32, @flags@);
    libc::freeaddrinfo(res);
    err
};
@failed@println!(\"{} {}\", text(host.as_ptr()), text(port.as_ptr()));
";

pub fn gethostname() -> Snippet {
    Snippet::libc(
        &[],
        &[Helper::Die, Helper::Text],
        "let mut name = [0 as libc::c_char; 256];\n\
         // SAFETY: the buffer's length is passed; gethostname NUL-terminates what fits.\n\
         if unsafe { libc::gethostname(name.as_mut_ptr(), name.len() - 1) } != 0 {\n\
         \x20   die(\"gethostname\", std::io::Error::last_os_error());\n\
         }\n\
         println!(\"{}\", text(name.as_ptr()));\n"
            .to_string(),
    )
}

pub fn getfqdn(call: &Call) -> Snippet {
    let name = match call.arg("name") {
        PyArg::Str(s) => literal::rust(s),
        _ => "\"\"".to_string(),
    };
    Snippet::libc(
        &[Extern::Gethostbyaddr],
        &[Helper::Die, Helper::Text, Helper::AddressOf],
        format!(
            "// Python's getfqdn: this host's name for an empty one, then the first of the\n\
             // hostname and aliases of gethostbyaddr that has a dot, else its hostname.\n\
             let mut name = {name}.trim().to_string();\n\
             if name.is_empty() || name == \"0.0.0.0\" || name == \"::\" {{\n\
             \x20   let mut own = [0 as libc::c_char; 256];\n\
             \x20   // SAFETY: the buffer's length is passed; gethostname NUL-terminates what fits.\n\
             \x20   if unsafe {{ libc::gethostname(own.as_mut_ptr(), own.len() - 1) }} != 0 {{\n\
             \x20       die(\"gethostname\", std::io::Error::last_os_error());\n\
             \x20   }}\n\
             \x20   name = text(own.as_ptr());\n\
             }}\n\
             let mut fqdn = name.clone();\n\
             let c_name = std::ffi::CString::new(name).unwrap_or_default();\n\
             if let Ok((family, addr)) = address_of(&c_name) {{\n\
             \x20   // SAFETY: addr holds the address's bytes and their length is passed.\n\
             \x20   let h = unsafe {{ gethostbyaddr(addr.as_ptr().cast(), addr.len() as libc::socklen_t, family) }};\n\
             \x20   if !h.is_null() {{\n\
             \x20       // SAFETY: not null, so it points at the library's entry; its alias list ends with null.\n\
             \x20       let (hostname, mut names) = unsafe {{\n\
             \x20           let h = &*h;\n\
             \x20           let mut names = vec![text(h.h_name)];\n\
             \x20           let mut alias = h.h_aliases;\n\
             \x20           while !(*alias).is_null() {{\n\
             \x20               names.push(text(*alias));\n\
             \x20               alias = alias.add(1);\n\
             \x20           }}\n\
             \x20           (text(h.h_name), names)\n\
             \x20       }};\n\
             \x20       fqdn = names.drain(..).find(|n| n.contains('.')).unwrap_or(hostname);\n\
             \x20   }}\n\
             }}\n\
             println!(\"{{fqdn}}\");\n"
        ),
    )
}

pub fn service(call: &Call) -> Snippet {
    let proto = expr(call.arg("protocolname"));
    let body = if call.function == "getservbyname" {
        format!(
            "// SAFETY: the strings are NUL-terminated; the entry is read before any other call.\n\
             let s = unsafe {{ libc::getservbyname({}, {proto}) }};\n\
             if s.is_null() {{\n\
             \x20   die(\"getservbyname\", \"service/proto not found\");\n\
             }}\n\
             // SAFETY: not null, so it points at the library's entry; s_port is in network order.\n\
             println!(\"{{}}\", u16::from_be(unsafe {{ (*s).s_port }} as u16));\n",
            expr(call.arg("servicename"))
        )
    } else {
        format!(
            "// SAFETY: the protocol is NUL-terminated or null; the entry is read before any other call.\n\
             let s = unsafe {{ libc::getservbyport(libc::c_int::from(u16::to_be({})), {proto}) }};\n\
             if s.is_null() {{\n\
             \x20   die(\"getservbyport\", \"port/proto not found\");\n\
             }}\n\
             // SAFETY: not null, so it points at the library's entry.\n\
             println!(\"{{}}\", text(unsafe {{ (*s).s_name }}));\n",
            expr(call.arg("port"))
        )
    };
    Snippet::libc(&[], &by_name_or_text(call, "getservbyname"), body)
}

/// The helpers of a lookup: a by-name one prints a number, the other a name.
fn by_name_or_text(call: &Call, by_name: &str) -> Vec<Helper> {
    if call.function == by_name {
        vec![Helper::Die]
    } else {
        vec![Helper::Die, Helper::Text]
    }
}

pub fn protocol(call: &Call) -> Snippet {
    let body = if call.function == "getprotobyname" {
        format!(
            "// SAFETY: the name is NUL-terminated; the entry is read before any other call.\n\
             let p = unsafe {{ libc::getprotobyname({}) }};\n\
             if p.is_null() {{\n\
             \x20   die(\"getprotobyname\", \"protocol not found\");\n\
             }}\n\
             // SAFETY: not null, so it points at the library's entry.\n\
             println!(\"{{}}\", unsafe {{ (*p).p_proto }});\n",
            expr(call.arg("protocolname"))
        )
    } else {
        format!(
            "// SAFETY: the entry is read before any other call.\n\
             let p = unsafe {{ libc::getprotobynumber({}) }};\n\
             if p.is_null() {{\n\
             \x20   die(\"getprotobynumber\", \"protocol not found\");\n\
             }}\n\
             // SAFETY: not null, so it points at the library's entry.\n\
             println!(\"{{}}\", text(unsafe {{ (*p).p_name }}));\n",
            expr(call.arg("proto"))
        )
    };
    Snippet::libc(&[], &by_name_or_text(call, "getprotobyname"), body)
}

/// create_connection with std and socket2: every address of the name in turn, each with
/// the timeout, bound first to the source address when there is one. None when the port
/// is a service name, which std's resolver does not take.
pub fn create_connection(call: &Call) -> Option<Snippet> {
    let PyArg::Tuple(members) = call.arg("address") else {
        return None;
    };
    let host = match members.first() {
        Some((_, PyArg::Str(h))) => literal::rust(h),
        _ => return None,
    };
    let Some((_, PyArg::Int(port))) = members.get(1) else {
        return None;
    };
    let timeout = match call.arg("timeout") {
        PyArg::Float(t) => *t,
        _ => 5.0,
    };
    let bind = match call.arg("source_address") {
        PyArg::Tuple(source) => match (source.first(), source.get(1)) {
            (Some((_, PyArg::Str(h))), Some((_, PyArg::Int(p)))) => format!(
                "\x20   let source: std::net::SocketAddr = ({}, {p}).to_socket_addrs()?.next().ok_or(\"no source address\")?;\n\
                 \x20   socket.bind(&source.into())?;\n",
                literal::rust(h)
            ),
            _ => String::new(),
        },
        _ => String::new(),
    };
    Some(Snippet {
        crates: vec!["socket2"],
        helpers: vec![Helper::Die],
        body: format!(
            "use std::net::ToSocketAddrs;\n\
             let timeout = std::time::Duration::from_secs_f64({timeout:?});\n\
             let connect = |addr: std::net::SocketAddr| -> Result<socket2::Socket, Box<dyn std::error::Error>> {{\n\
             \x20   let socket = socket2::Socket::new(socket2::Domain::for_address(addr), socket2::Type::STREAM, None)?;\n\
             {bind}\
             \x20   socket.connect_timeout(&addr.into(), timeout)?;\n\
             \x20   Ok(socket)\n\
             }};\n\
             let addrs = ({host}, {port}).to_socket_addrs().unwrap_or_else(|e| die(\"create_connection\", e));\n\
             let mut last = None;\n\
             for addr in addrs {{\n\
             \x20   match connect(addr) {{\n\
             \x20       Ok(socket) => {{\n\
             \x20           let show = |a: socket2::SockAddr| a.as_socket().map(|a| format!(\"{{}} {{}}\", a.ip(), a.port())).unwrap_or_default();\n\
             \x20           println!(\"peer {{}}\", socket.peer_addr().map(show).unwrap_or_default());\n\
             \x20           println!(\"local {{}}\", socket.local_addr().map(show).unwrap_or_default());\n\
             \x20           return;\n\
             \x20       }}\n\
             \x20       Err(e) => last = Some(e),\n\
             \x20   }}\n\
             }}\n\
             die(\"create_connection\", last.map_or(\"getaddrinfo returns an empty list\".to_string(), |e| e.to_string()));\n"
        ),
        ..Snippet::default()
    })
}

pub fn inet_pton(call: &Call) -> Snippet {
    let family = call.arg("address_family");
    Snippet::libc(
        &[Extern::InetPton],
        &[Helper::Die, Helper::Hex],
        format!(
            "// std's `text.parse::<IpAddr>()` is the everyday way; it is not inet_pton and\n\
             // differs for some inputs.\n\
             let mut packed = [0u8; 16];\n\
             // SAFETY: the text is NUL-terminated and the buffer holds an in6_addr.\n\
             let ok = unsafe {{ inet_pton({}, {}, packed.as_mut_ptr().cast()) }};\n\
             if ok == 0 {{\n\
             \x20   die(\"inet_pton\", \"illegal IP address string passed to inet_pton\");\n\
             }}\n\
             if ok < 0 {{\n\
             \x20   die(\"inet_pton\", std::io::Error::last_os_error());\n\
             }}\n\
             println!(\"{{}}\", hex(&packed[..{}]));\n",
            expr(family),
            expr(call.arg("ip_string")),
            crate::code::packed_len(family)
        ),
    )
}

pub fn inet_ntop(call: &Call) -> Snippet {
    Snippet::libc(
        &[Extern::InetNtop],
        &[Helper::Die, Helper::Text],
        format!(
            "let packed: &[u8] = &{};\n\
             let mut buf = [0 as libc::c_char; 46];\n\
             // SAFETY: packed holds the family's address; buf is INET6_ADDRSTRLEN long.\n\
             let shown = unsafe {{ inet_ntop({}, packed.as_ptr().cast(), buf.as_mut_ptr(), 46) }};\n\
             if shown.is_null() {{\n\
             \x20   die(\"inet_ntop\", std::io::Error::last_os_error());\n\
             }}\n\
             println!(\"{{}}\", text(shown));\n",
            bytes(call.arg("packed_ip")),
            expr(call.arg("address_family"))
        ),
    )
}

pub fn inet_aton(call: &Call) -> Snippet {
    Snippet::libc(
        &[Extern::InetAton],
        &[Helper::Die, Helper::Hex],
        format!(
            "let mut addr = libc::in_addr {{ s_addr: 0 }};\n\
             // SAFETY: the text is NUL-terminated and addr is an in_addr.\n\
             if unsafe {{ inet_aton({}, &mut addr) }} == 0 {{\n\
             \x20   die(\"inet_aton\", \"illegal IP address string passed to inet_aton\");\n\
             }}\n\
             println!(\"{{}}\", hex(&addr.s_addr.to_ne_bytes()));\n",
            expr(call.arg("ip_string"))
        ),
    )
}

pub fn inet_ntoa(call: &Call) -> Snippet {
    Snippet::libc(
        &[Extern::InetNtoa],
        &[Helper::Text],
        format!(
            "let addr = libc::in_addr {{ s_addr: u32::from_ne_bytes({}) }};\n\
             // SAFETY: inet_ntoa returns its static buffer, read at once.\n\
             println!(\"{{}}\", text(unsafe {{ inet_ntoa(addr) }}));\n",
            bytes(call.arg("packed_ip"))
        ),
    )
}

/// A fresh socket, the option set (setsockopt) and read back.
pub fn sockopt(call: &Call) -> Snippet {
    let proto = match call.arg("proto") {
        PyArg::None => "0".to_string(),
        p => expr(p),
    };
    let option = format!("{}, {}", expr(call.arg("level")), expr(call.arg("optname")));
    let mut body = format!(
        "// socket2 has typed getters for the common options (`recv_buffer_size()`, ...);\n\
         // this reads the option as Python does.\n\
         // SAFETY: plain calls on a descriptor this program owns; buffers' lengths are passed.\n\
         let fd = unsafe {{ libc::socket({}, {}, {proto}) }};\n\
         if fd < 0 {{\n\
         \x20   die(\"socket\", std::io::Error::last_os_error());\n\
         }}\n",
        expr(call.arg("family")),
        expr(call.arg("type"))
    );
    if call.function == "setsockopt" {
        let set = match call.arg("value") {
            PyArg::Bytes(_) => format!("let set: &[u8] = &{};\n", bytes(call.arg("value"))),
            v => format!("let set: &[libc::c_int] = &[{}];\n", expr(v)),
        };
        body.push_str(&set);
        body.push_str(&format!(
            "let size = std::mem::size_of_val(set) as libc::socklen_t;\n\
             // SAFETY: set holds size bytes.\n\
             if unsafe {{ libc::setsockopt(fd, {option}, set.as_ptr().cast(), size) }} != 0 {{\n\
             \x20   die(\"setsockopt\", std::io::Error::last_os_error());\n\
             }}\n"
        ));
    }
    let (declare, print, helpers) = match read_length(call) {
        Some(n) => (
            format!("let mut value = [0u8; {n}];\n"),
            "println!(\"{}\", hex(&value[..len as usize]));\n",
            vec![Helper::Die, Helper::Hex],
        ),
        None => (
            "let mut value: libc::c_int = 0;\n".to_string(),
            "println!(\"{value}\");\n",
            vec![Helper::Die],
        ),
    };
    body.push_str(&declare);
    body.push_str(&format!(
        "let mut len = std::mem::size_of_val(&value) as libc::socklen_t;\n\
         // SAFETY: value holds len bytes.\n\
         if unsafe {{ libc::getsockopt(fd, {option}, std::ptr::from_mut(&mut value).cast(), &mut len) }} != 0 {{\n\
         \x20   die(\"getsockopt\", std::io::Error::last_os_error());\n\
         }}\n\
         {print}\
         // SAFETY: fd is this program's and closed once.\n\
         unsafe {{ libc::close(fd) }};\n"
    ));
    Snippet::libc(&[], &helpers, body)
}

//! The declarations and helper functions a Rust program may need, each written once.

/// A glibc function the libc crate does not declare.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Extern {
    InetPton,
    InetNtop,
    InetAton,
    InetNtoa,
    Gethostbyname2,
    Gethostbyaddr,
    HErrno,
}

impl Extern {
    pub fn declaration(self) -> &'static str {
        match self {
            Extern::InetPton => {
                "fn inet_pton(af: libc::c_int, src: *const libc::c_char, dst: *mut libc::c_void) -> libc::c_int;"
            }
            Extern::InetNtop => {
                "fn inet_ntop(af: libc::c_int, src: *const libc::c_void, dst: *mut libc::c_char, size: libc::socklen_t) -> *const libc::c_char;"
            }
            Extern::InetAton => {
                "fn inet_aton(cp: *const libc::c_char, inp: *mut libc::in_addr) -> libc::c_int;"
            }
            Extern::InetNtoa => "fn inet_ntoa(addr: libc::in_addr) -> *const libc::c_char;",
            Extern::Gethostbyname2 => {
                "fn gethostbyname2(name: *const libc::c_char, af: libc::c_int) -> *mut libc::hostent;"
            }
            Extern::Gethostbyaddr => {
                "fn gethostbyaddr(addr: *const libc::c_void, len: libc::socklen_t, af: libc::c_int) -> *mut libc::hostent;"
            }
            Extern::HErrno => "fn __h_errno_location() -> *mut libc::c_int;",
        }
    }
}

/// A helper function of the Rust programs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Helper {
    Die,
    Text,
    Hex,
    GaiMessage,
    Names,
    PrintHostent,
    HostError,
    AddressOf,
    Numeric,
    PrintOption,
}

impl Helper {
    /// The helpers this one calls, listed before it.
    pub fn needs(self) -> &'static [Helper] {
        match self {
            Helper::GaiMessage | Helper::HostError => &[Helper::Text],
            Helper::PrintHostent => &[Helper::Text],
            Helper::Numeric => &[Helper::Text],
            _ => &[],
        }
    }

    pub fn source(self) -> &'static str {
        match self {
            Helper::Die => DIE,
            Helper::Text => TEXT,
            Helper::Hex => HEX,
            Helper::GaiMessage => GAI_MESSAGE,
            Helper::Names => NAMES,
            Helper::PrintHostent => PRINT_HOSTENT,
            Helper::HostError => HOST_ERROR,
            Helper::AddressOf => ADDRESS_OF,
            Helper::Numeric => NUMERIC,
            Helper::PrintOption => PRINT_OPTION,
        }
    }
}

const DIE: &str = "\
/// Ends the program with the call's error on stderr.
fn die(call: &str, why: impl std::fmt::Display) -> ! {
    eprintln!(\"{call}: {why}\");
    std::process::exit(1)
}
";

const TEXT: &str = "\
/// A C string the library returned, as text.
fn text(ptr: *const libc::c_char) -> String {
    if ptr.is_null() {
        return String::new();
    }
    // SAFETY: not null, so the library's NUL-terminated string.
    unsafe { std::ffi::CStr::from_ptr(ptr) }.to_string_lossy().into_owned()
}
";

const HEX: &str = "\
/// Bytes as lowercase hex, the way sockref and Python's bytes.hex() print them.
fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!(\"{b:02x}\")).collect()
}
";

const GAI_MESSAGE: &str = "\
/// getaddrinfo's words for its error code.
fn gai_message(err: libc::c_int) -> String {
    // SAFETY: gai_strerror returns a static string for any code.
    text(unsafe { libc::gai_strerror(err) })
}
";

const NAMES: &str = "\
fn family_name(family: libc::c_int) -> &'static str {
    match family {
        libc::AF_INET => \"AF_INET\",
        libc::AF_INET6 => \"AF_INET6\",
        libc::AF_UNIX => \"AF_UNIX\",
        _ => \"?\",
    }
}

fn type_name(socktype: libc::c_int) -> &'static str {
    match socktype {
        libc::SOCK_STREAM => \"SOCK_STREAM\",
        libc::SOCK_DGRAM => \"SOCK_DGRAM\",
        libc::SOCK_RAW => \"SOCK_RAW\",
        libc::SOCK_SEQPACKET => \"SOCK_SEQPACKET\",
        _ => \"?\",
    }
}
";

const PRINT_HOSTENT: &str = "\
/// A hosts entry as Python's (hostname, aliaslist, ipaddrlist).
fn print_hostent(h: &libc::hostent) {
    let list = |mut p: *mut *mut libc::c_char| {
        let mut items = Vec::new();
        // SAFETY: a hostent's lists end with a null pointer.
        while !unsafe { *p }.is_null() {
            items.push(unsafe { *p });
            p = unsafe { p.add(1) };
        }
        items
    };
    println!(\"hostname {}\", text(h.h_name));
    let aliases: Vec<String> = list(h.h_aliases).into_iter().map(|a| format!(\" {}\", text(a))).collect();
    println!(\"aliases{}\", aliases.concat());
    let addresses: Vec<String> = list(h.h_addr_list)
        .into_iter()
        .map(|a| {
            let mut buf = [0 as libc::c_char; 46];
            // SAFETY: the address holds h_length bytes of family h_addrtype; buf is INET6_ADDRSTRLEN long.
            let shown = unsafe { inet_ntop(h.h_addrtype, a.cast(), buf.as_mut_ptr(), 46) };
            format!(\" {}\", text(shown))
        })
        .collect();
    println!(\"addresses{}\", addresses.concat());
}
";

const HOST_ERROR: &str = "\
/// The words of the resolver's h_errno, as herror and Python show them.
fn host_error() -> String {
    // SAFETY: h_errno is this thread's; hstrerror returns a static string.
    text(unsafe { libc::hstrerror(*__h_errno_location()) })
}
";

const ADDRESS_OF: &str = "\
/// The first address getaddrinfo gives for a name or numeric address, as Python finds the
/// address gethostbyaddr asks about: its family and bytes.
fn address_of(name: &std::ffi::CStr) -> Result<(libc::c_int, Vec<u8>), libc::c_int> {
    let mut res: *mut libc::addrinfo = std::ptr::null_mut();
    // SAFETY: name is NUL-terminated; res is freed below.
    let err = unsafe { libc::getaddrinfo(name.as_ptr(), std::ptr::null(), std::ptr::null(), &mut res) };
    if err != 0 {
        return Err(err);
    }
    // SAFETY: on success res points at one or more entries with addresses of their family.
    let found = unsafe {
        let ai = &*res;
        let bytes = if ai.ai_family == libc::AF_INET6 {
            (*ai.ai_addr.cast::<libc::sockaddr_in6>()).sin6_addr.s6_addr.to_vec()
        } else {
            (*ai.ai_addr.cast::<libc::sockaddr_in>()).sin_addr.s_addr.to_ne_bytes().to_vec()
        };
        (ai.ai_family, bytes)
    };
    // SAFETY: res came from getaddrinfo and is freed once.
    unsafe { libc::freeaddrinfo(res) };
    Ok(found)
}
";

const NUMERIC: &str = "\
/// The address and port of an IP socket address as Python's tuples show them: inet_ntop's
/// text, without the %scope getnameinfo would add.
fn numeric(addr: *const libc::sockaddr, _len: libc::socklen_t) -> (String, u16) {
    let mut buf = [0 as libc::c_char; 46];
    // SAFETY: addr is a socket address of its family (sockaddr_in6 or sockaddr_in); buf is
    // INET6_ADDRSTRLEN long.
    unsafe {
        if (*addr).sa_family == libc::AF_INET6 as libc::sa_family_t {
            let sin6 = &*addr.cast::<libc::sockaddr_in6>();
            let shown = inet_ntop(libc::AF_INET6, std::ptr::from_ref(&sin6.sin6_addr).cast(), buf.as_mut_ptr(), 46);
            (text(shown), u16::from_be(sin6.sin6_port))
        } else {
            let sin = &*addr.cast::<libc::sockaddr_in>();
            let shown = inet_ntop(libc::AF_INET, std::ptr::from_ref(&sin.sin_addr).cast(), buf.as_mut_ptr(), 46);
            (text(shown), u16::from_be(sin.sin_port))
        }
    }
}
";

const PRINT_OPTION: &str = "\
/// An int option of a socket, printed as `NAME value`.
fn print_option(fd: libc::c_int, level: libc::c_int, name: libc::c_int, shown: &str) {
    let mut value: libc::c_int = 0;
    let mut len = std::mem::size_of::<libc::c_int>() as libc::socklen_t;
    // SAFETY: value holds len bytes.
    unsafe { libc::getsockopt(fd, level, name, std::ptr::from_mut(&mut value).cast(), &mut len) };
    println!(\"{shown} {value}\");
}
";

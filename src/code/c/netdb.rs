//! The C programs of the resolver and database calls.

use super::helpers::Helper;
use super::{Snippet, expr, port_text};
use crate::code::{Call, fill, sockaddr_parts};
use crate::socket_module::pyargs::PyArg;

/// The lines that end the program with getaddrinfo's words for `err`.
fn gai_failed(call: &str) -> String {
    format!(
        "if (err != 0) {{\n\
         \x20   fprintf(stderr, \"{call}: %s\\n\", gai_strerror(err));\n\
         \x20   return 1;\n\
         }}\n"
    )
}

pub fn gethostbyname(call: &Call) -> Snippet {
    Snippet::new(
        &["arpa/inet.h", "netdb.h", "netinet/in.h"],
        &[],
        format!(
            "/* Python's gethostbyname asks getaddrinfo for AF_INET and takes the first. */\n\
             struct addrinfo hints = {{0}}, *res;\n\
             hints.ai_family = AF_INET;\n\
             int err = getaddrinfo({}, NULL, &hints, &res);\n\
             {}\
             char text[INET_ADDRSTRLEN];\n\
             const struct sockaddr_in *sin = (const struct sockaddr_in *) res->ai_addr;\n\
             puts(inet_ntop(AF_INET, &sin->sin_addr, text, sizeof text));\n\
             freeaddrinfo(res);\n",
            expr(call.arg("hostname")),
            gai_failed("gethostbyname")
        ),
    )
}

pub fn gethostbyname_ex(call: &Call) -> Snippet {
    Snippet::new(
        &["netdb.h", "sys/socket.h"],
        &[Helper::PrintHostent],
        format!(
            "struct hostent *h = gethostbyname2({}, AF_INET);\n\
             if (h == NULL) {{\n\
             \x20   fprintf(stderr, \"gethostbyname_ex: %s\\n\", hstrerror(h_errno));\n\
             \x20   return 1;\n\
             }}\n\
             print_hostent(h);\n",
            expr(call.arg("hostname"))
        ),
    )
}

pub fn gethostbyaddr(call: &Call) -> Snippet {
    Snippet::new(
        &["netdb.h"],
        &[Helper::AddressOf, Helper::PrintHostent],
        format!(
            "struct sockaddr_storage addr;\n\
             int family;\n\
             int err = address_of({}, &addr, &family);\n\
             {}\
             socklen_t len;\n\
             const void *in = in_addr_of(&addr, family, &len);\n\
             struct hostent *h = gethostbyaddr(in, len, family);\n\
             if (h == NULL) {{\n\
             \x20   fprintf(stderr, \"gethostbyaddr: %s\\n\", hstrerror(h_errno));\n\
             \x20   return 1;\n\
             }}\n\
             print_hostent(h);\n",
            expr(call.arg("ip_address")),
            gai_failed("gethostbyaddr")
        ),
    )
}

pub fn getaddrinfo(call: &Call) -> Snippet {
    Snippet::new(
        &["arpa/inet.h", "netdb.h", "netinet/in.h", "sys/socket.h"],
        &[Helper::FamilyName, Helper::TypeName, Helper::AddressText],
        format!(
            "struct addrinfo hints = {{0}}, *res;\n\
             hints.ai_family = {};\n\
             hints.ai_socktype = {};\n\
             hints.ai_protocol = {};\n\
             hints.ai_flags = {};\n\
             int err = getaddrinfo({}, {}, &hints, &res);\n\
             {}\
             for (const struct addrinfo *ai = res; ai != NULL; ai = ai->ai_next) {{\n\
             \x20   char host[INET6_ADDRSTRLEN];\n\
             \x20   unsigned port = address_text(ai->ai_addr, host, sizeof host);\n\
             \x20   printf(\"%s %s %d %s %u\", family_name(ai->ai_family), type_name(ai->ai_socktype),\n\
             \x20          ai->ai_protocol, host, port);\n\
             \x20   if (ai->ai_family == AF_INET6) {{\n\
             \x20       const struct sockaddr_in6 *sin6 = (const struct sockaddr_in6 *) ai->ai_addr;\n\
             \x20       printf(\" %u %u\", (unsigned) ntohl(sin6->sin6_flowinfo), (unsigned) sin6->sin6_scope_id);\n\
             \x20   }}\n\
             \x20   if (ai->ai_canonname != NULL)\n\
             \x20       printf(\" %s\", ai->ai_canonname);\n\
             \x20   putchar('\\n');\n\
             }}\n\
             freeaddrinfo(res);\n",
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
    Snippet::new(
        &["arpa/inet.h", "netdb.h", "netinet/in.h", "sys/socket.h"],
        &[],
        body,
    )
}

const GETNAMEINFO: &str = "/* As Python does: the address parsed by getaddrinfo, then looked up. */
struct addrinfo hints = {0}, *res;
hints.ai_family = AF_UNSPEC;
hints.ai_socktype = SOCK_DGRAM;
hints.ai_flags = AI_NUMERICHOST;
int err = getaddrinfo(@host@, @port@, &hints, &res);
@failed@if (res->ai_family == AF_INET6) {
    /* The sockaddr's flowinfo and scope_id (zero for Python's 2-tuple), whatever
     * %scope the text had. */
    struct sockaddr_in6 *sin6 = (struct sockaddr_in6 *) res->ai_addr;
    sin6->sin6_flowinfo = htonl(@flowinfo@);
    sin6->sin6_scope_id = @scope_id@;
}
char host[NI_MAXHOST], port[NI_MAXSERV];
err = getnameinfo(res->ai_addr, res->ai_addrlen, host, sizeof host, port, sizeof port,
                  @flags@);
freeaddrinfo(res);
@failed@printf(\"%s %s\\n\", host, port);
";

pub fn gethostname() -> Snippet {
    Snippet::new(
        &["unistd.h"],
        &[],
        "char name[256];\n\
         if (gethostname(name, sizeof name) != 0) {\n\
         \x20   perror(\"gethostname\");\n\
         \x20   return 1;\n\
         }\n\
         puts(name);\n"
            .to_string(),
    )
}

pub fn getfqdn(call: &Call) -> Snippet {
    Snippet::new(
        &["netdb.h", "string.h", "unistd.h"],
        &[Helper::AddressOf],
        format!(
            "/* Python's getfqdn: this host's name for an empty one, then the first of the\n\
             \x20* hostname and aliases of gethostbyaddr that has a dot, else its hostname. */\n\
             const char *name = {};\n\
             char own[256];\n\
             if (name[0] == '\\0' || strcmp(name, \"0.0.0.0\") == 0 || strcmp(name, \"::\") == 0) {{\n\
             \x20   if (gethostname(own, sizeof own) != 0) {{\n\
             \x20       perror(\"gethostname\");\n\
             \x20       return 1;\n\
             \x20   }}\n\
             \x20   name = own;\n\
             }}\n\
             const char *fqdn = name;\n\
             struct sockaddr_storage addr;\n\
             int family;\n\
             if (address_of(name, &addr, &family) == 0) {{\n\
             \x20   socklen_t len;\n\
             \x20   const void *in = in_addr_of(&addr, family, &len);\n\
             \x20   struct hostent *h = gethostbyaddr(in, len, family);\n\
             \x20   if (h != NULL) {{\n\
             \x20       fqdn = h->h_name;\n\
             \x20       for (char **alias = h->h_aliases; strchr(fqdn, '.') == NULL && *alias != NULL; alias++)\n\
             \x20           if (strchr(*alias, '.') != NULL)\n\
             \x20               fqdn = *alias;\n\
             \x20       if (strchr(fqdn, '.') == NULL)\n\
             \x20           fqdn = h->h_name;\n\
             \x20   }}\n\
             }}\n\
             puts(fqdn);\n",
            expr(call.arg("name"))
        ),
    )
}

/// getservbyname and getservbyport; the port is in network order in a servent.
pub fn service(call: &Call) -> Snippet {
    let proto = expr(call.arg("protocolname"));
    let body = if call.function == "getservbyname" {
        format!(
            "struct servent *s = getservbyname({}, {proto});\n\
             if (s == NULL) {{\n\
             \x20   fprintf(stderr, \"getservbyname: service/proto not found\\n\");\n\
             \x20   return 1;\n\
             }}\n\
             printf(\"%d\\n\", ntohs((uint16_t) s->s_port));\n",
            expr(call.arg("servicename"))
        )
    } else {
        format!(
            "struct servent *s = getservbyport(htons({}), {proto});\n\
             if (s == NULL) {{\n\
             \x20   fprintf(stderr, \"getservbyport: port/proto not found\\n\");\n\
             \x20   return 1;\n\
             }}\n\
             puts(s->s_name);\n",
            expr(call.arg("port"))
        )
    };
    Snippet::new(&["arpa/inet.h", "netdb.h"], &[], body)
}

/// getprotobyname prints the number; getprotobynumber, which Python lacks, the name.
pub fn protocol(call: &Call) -> Snippet {
    let body = if call.function == "getprotobyname" {
        format!(
            "struct protoent *p = getprotobyname({});\n\
             if (p == NULL) {{\n\
             \x20   fprintf(stderr, \"getprotobyname: protocol not found\\n\");\n\
             \x20   return 1;\n\
             }}\n\
             printf(\"%d\\n\", p->p_proto);\n",
            expr(call.arg("protocolname"))
        )
    } else {
        format!(
            "struct protoent *p = getprotobynumber({});\n\
             if (p == NULL) {{\n\
             \x20   fprintf(stderr, \"getprotobynumber: protocol not found\\n\");\n\
             \x20   return 1;\n\
             }}\n\
             puts(p->p_name);\n",
            expr(call.arg("proto"))
        )
    };
    Snippet::new(&["netdb.h"], &[], body)
}

/// The first two members of a tuple argument (an address and its port).
fn pair(arg: &PyArg) -> (PyArg, PyArg) {
    match arg {
        PyArg::Tuple(members) => (
            members.first().map_or(PyArg::None, |(_, a)| a.clone()),
            members.get(1).map_or(PyArg::None, |(_, a)| a.clone()),
        ),
        _ => (PyArg::None, PyArg::None),
    }
}

/// create_connection: each getaddrinfo candidate in turn until one connects.
pub fn create_connection(call: &Call) -> Snippet {
    let (host, port) = pair(call.arg("address"));
    let timeout = match call.arg("timeout") {
        PyArg::Float(t) => *t,
        _ => 0.0,
    };
    let bind = match call.arg("source_address") {
        PyArg::None => String::new(),
        source => {
            let (source_host, source_port) = pair(source);
            fill(
                BIND_SOURCE,
                &[
                    ("host", &expr(&source_host)),
                    ("port", &port_text(&source_port)),
                ],
            )
        }
    };
    let body = fill(
        CREATE_CONNECTION,
        &[
            ("host", &expr(&host)),
            ("port", &port_text(&port)),
            ("failed", &gai_failed("create_connection")),
            ("secs", &(timeout.trunc() as i64).to_string()),
            (
                "usecs",
                &((timeout.fract() * 1e6).round() as i64).to_string(),
            ),
            ("bind", &bind),
        ],
    );
    Snippet::new(
        &[
            "errno.h",
            "netdb.h",
            "string.h",
            "sys/socket.h",
            "sys/time.h",
            "unistd.h",
        ],
        &[],
        body,
    )
}

const BIND_SOURCE: &str = "    struct addrinfo *src;
    if (getaddrinfo(@host@, @port@, &hints, &src) == 0) {
        int bound = bind(fd, src->ai_addr, src->ai_addrlen);
        freeaddrinfo(src);
        if (bound != 0) {
            saved = errno;
            close(fd);
            fd = -1;
            continue;
        }
    }
";

const CREATE_CONNECTION: &str = "struct addrinfo hints = {0}, *res;
hints.ai_family = AF_UNSPEC;
hints.ai_socktype = SOCK_STREAM;
int err = getaddrinfo(@host@, @port@, &hints, &res);
@failed@int fd = -1, saved = 0;
for (const struct addrinfo *ai = res; ai != NULL; ai = ai->ai_next) {
    fd = socket(ai->ai_family, ai->ai_socktype, ai->ai_protocol);
    if (fd < 0) {
        saved = errno;
        continue;
    }
    /* Linux bounds a blocking connect by SO_SNDTIMEO; Python's timeout polls. */
    struct timeval timeout = {@secs@, @usecs@};
    setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &timeout, sizeof timeout);
@bind@    if (connect(fd, ai->ai_addr, ai->ai_addrlen) == 0)
        break;
    saved = errno;
    close(fd);
    fd = -1;
}
freeaddrinfo(res);
if (fd < 0) {
    fprintf(stderr, \"create_connection: %s\\n\", strerror(saved));
    return 1;
}
struct sockaddr_storage name;
socklen_t len = sizeof name;
char host[NI_MAXHOST], port[NI_MAXSERV];
getpeername(fd, (struct sockaddr *) &name, &len);
getnameinfo((struct sockaddr *) &name, len, host, sizeof host, port, sizeof port,
            NI_NUMERICHOST | NI_NUMERICSERV);
printf(\"peer %s %s\\n\", host, port);
len = sizeof name;
getsockname(fd, (struct sockaddr *) &name, &len);
getnameinfo((struct sockaddr *) &name, len, host, sizeof host, port, sizeof port,
            NI_NUMERICHOST | NI_NUMERICSERV);
printf(\"local %s %s\\n\", host, port);
close(fd);
";

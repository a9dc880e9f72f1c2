//! The small functions a C program may need besides main, each written once.

/// A helper function of the C programs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Helper {
    PrintHex,
    FamilyName,
    TypeName,
    PrintHostent,
    AddressOf,
    PrintOption,
    AddressText,
}

impl Helper {
    pub fn includes(self) -> &'static [&'static str] {
        match self {
            Helper::PrintHex | Helper::FamilyName | Helper::TypeName => &["sys/socket.h"],
            Helper::PrintHostent => &["arpa/inet.h", "netdb.h"],
            Helper::AddressOf => &["netdb.h", "netinet/in.h", "string.h"],
            Helper::PrintOption => &["sys/socket.h"],
            Helper::AddressText => &["arpa/inet.h", "netinet/in.h"],
        }
    }

    pub fn source(self) -> &'static str {
        match self {
            Helper::PrintHex => PRINT_HEX,
            Helper::FamilyName => FAMILY_NAME,
            Helper::TypeName => TYPE_NAME,
            Helper::PrintHostent => PRINT_HOSTENT,
            Helper::AddressOf => ADDRESS_OF,
            Helper::PrintOption => PRINT_OPTION,
            Helper::AddressText => ADDRESS_TEXT,
        }
    }
}

const PRINT_HEX: &str = "\
/* Bytes as lowercase hex, the way sockref and Python's bytes.hex() print them. */
static void print_hex(const unsigned char *bytes, size_t len)
{
    for (size_t i = 0; i < len; i++)
        printf(\"%02x\", bytes[i]);
    putchar('\\n');
}
";

const FAMILY_NAME: &str = "\
static const char *family_name(int family)
{
    switch (family) {
    case AF_INET: return \"AF_INET\";
    case AF_INET6: return \"AF_INET6\";
    case AF_UNIX: return \"AF_UNIX\";
    default: return \"?\";
    }
}
";

const TYPE_NAME: &str = "\
static const char *type_name(int type)
{
    switch (type) {
    case SOCK_STREAM: return \"SOCK_STREAM\";
    case SOCK_DGRAM: return \"SOCK_DGRAM\";
    case SOCK_RAW: return \"SOCK_RAW\";
    case SOCK_SEQPACKET: return \"SOCK_SEQPACKET\";
    default: return \"?\";
    }
}
";

const PRINT_HOSTENT: &str = "\
/* A hosts entry as Python's (hostname, aliaslist, ipaddrlist). */
static void print_hostent(const struct hostent *h)
{
    char text[INET6_ADDRSTRLEN];
    printf(\"hostname %s\\n\", h->h_name);
    printf(\"aliases\");
    for (char **alias = h->h_aliases; *alias != NULL; alias++)
        printf(\" %s\", *alias);
    printf(\"\\naddresses\");
    for (char **addr = h->h_addr_list; *addr != NULL; addr++)
        printf(\" %s\", inet_ntop(h->h_addrtype, *addr, text, sizeof text));
    putchar('\\n');
}
";

const ADDRESS_OF: &str = "\
/* The first address getaddrinfo gives for a name or numeric address, as Python finds the
 * address gethostbyaddr asks about. Returns a getaddrinfo error code. */
static int address_of(const char *name, struct sockaddr_storage *addr, int *family)
{
    struct addrinfo *res;
    int err = getaddrinfo(name, NULL, NULL, &res);
    if (err != 0)
        return err;
    memcpy(addr, res->ai_addr, res->ai_addrlen);
    *family = res->ai_family;
    freeaddrinfo(res);
    return 0;
}

/* Where the address itself sits in a socket address, and its length. */
static const void *in_addr_of(const struct sockaddr_storage *addr, int family, socklen_t *len)
{
    if (family == AF_INET6) {
        *len = sizeof(struct in6_addr);
        return &((const struct sockaddr_in6 *) addr)->sin6_addr;
    }
    *len = sizeof(struct in_addr);
    return &((const struct sockaddr_in *) addr)->sin_addr;
}
";

const PRINT_OPTION: &str = "\
/* An int option of a socket, printed as `NAME value`. */
static void print_option(int fd, int level, int name, const char *shown)
{
    int value = 0;
    socklen_t len = sizeof value;
    getsockopt(fd, level, name, &value, &len);
    printf(\"%s %d\\n\", shown, value);
}
";

const ADDRESS_TEXT: &str = "\
/* The address and port of an IP socket address as Python's tuples show them: inet_ntop's
 * text, without the %scope getnameinfo would add. */
static unsigned address_text(const struct sockaddr *sa, char *text, socklen_t size)
{
    if (sa->sa_family == AF_INET6) {
        const struct sockaddr_in6 *sin6 = (const struct sockaddr_in6 *) sa;
        inet_ntop(AF_INET6, &sin6->sin6_addr, text, size);
        return ntohs(sin6->sin6_port);
    }
    const struct sockaddr_in *sin = (const struct sockaddr_in *) sa;
    inet_ntop(AF_INET, &sin->sin_addr, text, size);
    return ntohs(sin->sin_port);
}
";

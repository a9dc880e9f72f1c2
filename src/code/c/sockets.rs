//! The C programs of the calls that make sockets: socketpair, send_fds and create_server.

use super::helpers::Helper;
use super::{Snippet, expr};
use crate::code::{Call, fill, literal, server_address};
use crate::socket_module::pyargs::PyArg;
use crate::socket_module::server::DEFAULT_BACKLOG;

/// A message each way between the two ends.
pub fn socketpair(call: &Call) -> Snippet {
    Snippet::new(
        &["string.h", "sys/socket.h", "unistd.h"],
        &[],
        format!(
            "int sv[2];\n\
             if (socketpair({}, {}, {}, sv) != 0) {{\n\
             \x20   perror(\"socketpair\");\n\
             \x20   return 1;\n\
             }}\n\
             char buf[4];\n\
             send(sv[0], \"ping\", 4, 0);\n\
             int there = recv(sv[1], buf, sizeof buf, 0) == 4 && memcmp(buf, \"ping\", 4) == 0;\n\
             printf(\"first_to_second %s\\n\", there ? \"True\" : \"False\");\n\
             send(sv[1], \"pong\", 4, 0);\n\
             int back = recv(sv[0], buf, sizeof buf, 0) == 4 && memcmp(buf, \"pong\", 4) == 0;\n\
             printf(\"second_to_first %s\\n\", back ? \"True\" : \"False\");\n\
             close(sv[0]);\n\
             close(sv[1]);\n",
            expr(call.arg("family")),
            expr(call.arg("type")),
            expr(call.arg("proto"))
        ),
    )
}

/// Python's send_fds and recv_fds written out: sendmsg with an SCM_RIGHTS message, and
/// recvmsg with room for four descriptors.
pub fn send_fds() -> Snippet {
    Snippet::new(
        &[
            "string.h",
            "sys/socket.h",
            "sys/stat.h",
            "sys/uio.h",
            "unistd.h",
        ],
        &[],
        SEND_FDS.to_string(),
    )
}

const SEND_FDS: &str = "int sv[2];
if (socketpair(AF_UNIX, SOCK_STREAM, 0, sv) != 0) {
    perror(\"socketpair\");
    return 1;
}
FILE *scratch = tmpfile();
if (scratch == NULL) {
    perror(\"tmpfile\");
    return 1;
}
int fd = fileno(scratch);

/* send_fds(sock, [b\"fd\"], [fd]) */
char payload[] = \"fd\";
union { char buf[CMSG_SPACE(sizeof(int))]; struct cmsghdr align; } out;
memset(&out, 0, sizeof out);
struct iovec iov = { .iov_base = payload, .iov_len = 2 };
struct msghdr msg = { .msg_iov = &iov, .msg_iovlen = 1,
                      .msg_control = out.buf, .msg_controllen = sizeof out.buf };
struct cmsghdr *cmsg = CMSG_FIRSTHDR(&msg);
cmsg->cmsg_level = SOL_SOCKET;
cmsg->cmsg_type = SCM_RIGHTS;
cmsg->cmsg_len = CMSG_LEN(sizeof(int));
memcpy(CMSG_DATA(cmsg), &fd, sizeof fd);
if (sendmsg(sv[0], &msg, 0) < 0) {
    perror(\"sendmsg\");
    return 1;
}

/* recv_fds(sock, 1024, 4) */
char data[1024];
union { char buf[CMSG_SPACE(4 * sizeof(int))]; struct cmsghdr align; } in;
struct iovec in_iov = { .iov_base = data, .iov_len = sizeof data };
struct msghdr in_msg = { .msg_iov = &in_iov, .msg_iovlen = 1,
                         .msg_control = in.buf, .msg_controllen = CMSG_LEN(4 * sizeof(int)) };
ssize_t n = recvmsg(sv[1], &in_msg, 0);
if (n < 0) {
    perror(\"recvmsg\");
    return 1;
}
int received = -1;
for (struct cmsghdr *c = CMSG_FIRSTHDR(&in_msg); c != NULL; c = CMSG_NXTHDR(&in_msg, c))
    if (c->cmsg_level == SOL_SOCKET && c->cmsg_type == SCM_RIGHTS)
        memcpy(&received, CMSG_DATA(c), sizeof received);

struct stat sent_st, received_st;
int same = received >= 0 && fstat(fd, &sent_st) == 0 && fstat(received, &received_st) == 0
           && sent_st.st_dev == received_st.st_dev && sent_st.st_ino == received_st.st_ino;
printf(\"data %.*s\\n\", (int) n, data);
printf(\"same_file %s\\n\", same ? \"True\" : \"False\");
printf(\"msg_flags %d\\n\", in_msg.msg_flags);
if (received >= 0)
    close(received);
fclose(scratch);
close(sv[0]);
close(sv[1]);
";

/// create_server as Python does it: SO_REUSEADDR, SO_REUSEPORT on request, IPV6_V6ONLY
/// set (or cleared for a dual-stack listener), bind, listen; the options read back.
pub fn create_server(call: &Call) -> Snippet {
    let (ip, port, v6) = server_address(call);
    let backlog = match call.arg("backlog") {
        PyArg::Int(n) => n.to_string(),
        _ => DEFAULT_BACKLOG.to_string(),
    };
    let reuse_port = match call.arg("reuse_port") {
        PyArg::Bool(true) => "setsockopt(fd, SOL_SOCKET, SO_REUSEPORT, &on, sizeof on);\n",
        _ => "",
    };
    let v6only = match (v6, call.arg("dualstack_ipv6")) {
        (false, _) => "",
        (true, PyArg::Bool(true)) => {
            "int off = 0;\nsetsockopt(fd, IPPROTO_IPV6, IPV6_V6ONLY, &off, sizeof off);\n"
        }
        (true, _) => "setsockopt(fd, IPPROTO_IPV6, IPV6_V6ONLY, &on, sizeof on);\n",
    };
    let (family, sockaddr, field) = if v6 {
        ("AF_INET6", "sockaddr_in6", "sin6")
    } else {
        ("AF_INET", "sockaddr_in", "sin")
    };
    let mut body = fill(
        CREATE_SERVER,
        &[
            ("family", family),
            ("sockaddr", sockaddr),
            ("field", field),
            ("ip", &literal::c(&ip)),
            ("port", &port.to_string()),
            ("backlog", &backlog),
            ("reuse_port", reuse_port),
            ("v6only", v6only),
        ],
    );
    if v6 {
        body.push_str("print_option(fd, IPPROTO_IPV6, IPV6_V6ONLY, \"IPV6_V6ONLY\");\n");
    }
    body.push_str("close(fd);\n");
    Snippet::new(
        &["arpa/inet.h", "netinet/in.h", "sys/socket.h", "unistd.h"],
        &[Helper::PrintOption],
        body,
    )
}

const CREATE_SERVER: &str = "int fd = socket(@family@, SOCK_STREAM, 0);
if (fd < 0) {
    perror(\"socket\");
    return 1;
}
int on = 1;
setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &on, sizeof on);
@reuse_port@@v6only@struct @sockaddr@ addr = {0};
addr.@field@_family = @family@;
addr.@field@_port = htons(@port@);
inet_pton(@family@, @ip@, &addr.@field@_addr);
if (bind(fd, (struct sockaddr *) &addr, sizeof addr) != 0) {
    perror(\"bind\");
    return 1;
}
if (listen(fd, @backlog@) != 0) {
    perror(\"listen\");
    return 1;
}
print_option(fd, SOL_SOCKET, SO_REUSEADDR, \"SO_REUSEADDR\");
print_option(fd, SOL_SOCKET, SO_REUSEPORT, \"SO_REUSEPORT\");
print_option(fd, SOL_SOCKET, SO_ACCEPTCONN, \"SO_ACCEPTCONN\");
";

/// fromfd of another process's descriptor: pidfd_open and pidfd_getfd (no C library
/// wrapper on older glibc, so the system calls), then what the socket says of itself.
pub fn fromfd(call: &Call) -> Snippet {
    Snippet::new(
        &["sys/socket.h", "sys/syscall.h", "sys/un.h", "unistd.h"],
        &[Helper::FamilyName, Helper::TypeName, Helper::AddressText],
        fill(
            FROMFD,
            &[
                ("pid", &expr(call.arg("pid"))),
                ("fd", &expr(call.arg("fd"))),
            ],
        ),
    )
}

const FROMFD: &str = "int pidfd = syscall(SYS_pidfd_open, @pid@, 0);
if (pidfd < 0) {
    perror(\"pidfd_open\");
    return 1;
}
int fd = syscall(SYS_pidfd_getfd, pidfd, @fd@, 0);
close(pidfd);
if (fd < 0) {
    perror(\"pidfd_getfd\");
    return 1;
}
int family = 0, type = 0, proto = 0;
socklen_t len = sizeof(int);
getsockopt(fd, SOL_SOCKET, SO_DOMAIN, &family, &len);
getsockopt(fd, SOL_SOCKET, SO_TYPE, &type, &len);
getsockopt(fd, SOL_SOCKET, SO_PROTOCOL, &proto, &len);
printf(\"%s %s %d\\n\", family_name(family), type_name(type), proto);
for (int peer = 0; peer < 2; peer++) {
    struct sockaddr_storage name;
    socklen_t size = sizeof name;
    int got = peer ? getpeername(fd, (struct sockaddr *) &name, &size)
                   : getsockname(fd, (struct sockaddr *) &name, &size);
    printf(\"%s\", peer ? \"raddr\" : \"laddr\");
    if (got == 0 && (family == AF_INET || family == AF_INET6)) {
        char host[INET6_ADDRSTRLEN];
        unsigned port = address_text((struct sockaddr *) &name, host, sizeof host);
        printf(\" %s %u\", host, port);
    } else if (got == 0 && family == AF_UNIX && size > sizeof(sa_family_t)
               && ((struct sockaddr_un *) &name)->sun_path[0] != '\\0') {
        printf(\" %s\", ((struct sockaddr_un *) &name)->sun_path);
    }
    putchar('\\n');
}
close(fd);
";

//! The C programs of the calls that make sockets: socketpair, send_fds and create_server.

use super::helpers::Helper;
use super::{Snippet, expr};
use crate::code::{Call, server_address};
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
        &["string.h", "sys/socket.h", "sys/stat.h", "sys/uio.h", "unistd.h"],
        &[],
        "int sv[2];\n\
         if (socketpair(AF_UNIX, SOCK_STREAM, 0, sv) != 0) {\n\
         \x20   perror(\"socketpair\");\n\
         \x20   return 1;\n\
         }\n\
         FILE *scratch = tmpfile();\n\
         if (scratch == NULL) {\n\
         \x20   perror(\"tmpfile\");\n\
         \x20   return 1;\n\
         }\n\
         int fd = fileno(scratch);\n\
         \n\
         /* send_fds(sock, [b\"fd\"], [fd]) */\n\
         char payload[] = \"fd\";\n\
         union { char buf[CMSG_SPACE(sizeof(int))]; struct cmsghdr align; } out;\n\
         memset(&out, 0, sizeof out);\n\
         struct iovec iov = { .iov_base = payload, .iov_len = 2 };\n\
         struct msghdr msg = { .msg_iov = &iov, .msg_iovlen = 1,\n\
         \x20                     .msg_control = out.buf, .msg_controllen = sizeof out.buf };\n\
         struct cmsghdr *cmsg = CMSG_FIRSTHDR(&msg);\n\
         cmsg->cmsg_level = SOL_SOCKET;\n\
         cmsg->cmsg_type = SCM_RIGHTS;\n\
         cmsg->cmsg_len = CMSG_LEN(sizeof(int));\n\
         memcpy(CMSG_DATA(cmsg), &fd, sizeof fd);\n\
         if (sendmsg(sv[0], &msg, 0) < 0) {\n\
         \x20   perror(\"sendmsg\");\n\
         \x20   return 1;\n\
         }\n\
         \n\
         /* recv_fds(sock, 1024, 4) */\n\
         char data[1024];\n\
         union { char buf[CMSG_SPACE(4 * sizeof(int))]; struct cmsghdr align; } in;\n\
         struct iovec in_iov = { .iov_base = data, .iov_len = sizeof data };\n\
         struct msghdr in_msg = { .msg_iov = &in_iov, .msg_iovlen = 1,\n\
         \x20                        .msg_control = in.buf, .msg_controllen = CMSG_LEN(4 * sizeof(int)) };\n\
         ssize_t n = recvmsg(sv[1], &in_msg, 0);\n\
         if (n < 0) {\n\
         \x20   perror(\"recvmsg\");\n\
         \x20   return 1;\n\
         }\n\
         int received = -1;\n\
         for (struct cmsghdr *c = CMSG_FIRSTHDR(&in_msg); c != NULL; c = CMSG_NXTHDR(&in_msg, c))\n\
         \x20   if (c->cmsg_level == SOL_SOCKET && c->cmsg_type == SCM_RIGHTS)\n\
         \x20       memcpy(&received, CMSG_DATA(c), sizeof received);\n\
         \n\
         struct stat sent_st, received_st;\n\
         int same = received >= 0 && fstat(fd, &sent_st) == 0 && fstat(received, &received_st) == 0\n\
         \x20          && sent_st.st_dev == received_st.st_dev && sent_st.st_ino == received_st.st_ino;\n\
         printf(\"data %.*s\\n\", (int) n, data);\n\
         printf(\"same_file %s\\n\", same ? \"True\" : \"False\");\n\
         printf(\"msg_flags %d\\n\", in_msg.msg_flags);\n\
         if (received >= 0)\n\
         \x20   close(received);\n\
         fclose(scratch);\n\
         close(sv[0]);\n\
         close(sv[1]);\n"
            .to_string(),
    )
}

/// create_server as Python does it: SO_REUSEADDR, SO_REUSEPORT on request, IPV6_V6ONLY
/// set (or cleared for a dual-stack listener), bind, listen; the options read back.
pub fn create_server(call: &Call) -> Snippet {
    let (ip, port, v6) = server_address(call);
    let backlog = match call.arg("backlog") {
        PyArg::Int(n) => n.to_string(),
        _ => DEFAULT_BACKLOG.to_string(),
    };
    let mut body = format!(
        "int fd = socket({}, SOCK_STREAM, 0);\n\
         if (fd < 0) {{\n\
         \x20   perror(\"socket\");\n\
         \x20   return 1;\n\
         }}\n\
         int on = 1;\n\
         setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &on, sizeof on);\n",
        if v6 { "AF_INET6" } else { "AF_INET" }
    );
    if call.arg("reuse_port") == &PyArg::Bool(true) {
        body.push_str("setsockopt(fd, SOL_SOCKET, SO_REUSEPORT, &on, sizeof on);\n");
    }
    if v6 {
        let only = if call.arg("dualstack_ipv6") == &PyArg::Bool(true) {
            "int off = 0;\nsetsockopt(fd, IPPROTO_IPV6, IPV6_V6ONLY, &off, sizeof off);\n"
        } else {
            "setsockopt(fd, IPPROTO_IPV6, IPV6_V6ONLY, &on, sizeof on);\n"
        };
        body.push_str(only);
    }
    let (sockaddr, field, family) = if v6 {
        ("sockaddr_in6", "sin6", "AF_INET6")
    } else {
        ("sockaddr_in", "sin", "AF_INET")
    };
    let addr_field = if v6 { "sin6_addr" } else { "sin_addr" };
    body.push_str(&format!(
        "struct {sockaddr} addr = {{0}};\n\
         addr.{field}_family = {family};\n\
         addr.{field}_port = htons({port});\n\
         inet_pton({family}, {}, &addr.{addr_field});\n\
         if (bind(fd, (struct sockaddr *) &addr, sizeof addr) != 0) {{\n\
         \x20   perror(\"bind\");\n\
         \x20   return 1;\n\
         }}\n\
         if (listen(fd, {backlog}) != 0) {{\n\
         \x20   perror(\"listen\");\n\
         \x20   return 1;\n\
         }}\n",
        crate::code::literal::c(&ip)
    ));
    body.push_str("print_option(fd, SOL_SOCKET, SO_REUSEADDR, \"SO_REUSEADDR\");\n");
    body.push_str("print_option(fd, SOL_SOCKET, SO_REUSEPORT, \"SO_REUSEPORT\");\n");
    body.push_str("print_option(fd, SOL_SOCKET, SO_ACCEPTCONN, \"SO_ACCEPTCONN\");\n");
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

//! Snapshots of the views whose answer is the same on every Linux host with glibc, taken by
//! running the binary as a person pipes it: the table, then `--json`.

use crate::snap::run_both;

#[test]
fn byteorder_of_a_number() {
    insta::assert_snapshot!(run_both(&["byteorder", "9999"]));
}

#[test]
fn inet_of_a_short_form() {
    insta::assert_snapshot!(run_both(&["inet", "127.1"]));
}

#[test]
fn a_scalar_mirror() {
    insta::assert_snapshot!(run_both(&["htons", "1"]));
}

#[test]
fn a_mirror_of_packed_bytes() {
    insta::assert_snapshot!(run_both(&["inet_pton", "AF_INET6", "::1"]));
}

#[test]
fn a_mirror_of_records() {
    insta::assert_snapshot!(run_both(&[
        "getaddrinfo",
        "127.0.0.1",
        "80",
        "--flags",
        "numerichost"
    ]));
}

#[test]
fn a_mirror_of_a_tuple() {
    insta::assert_snapshot!(run_both(&[
        "getnameinfo",
        "127.0.0.1",
        "80",
        "--flags",
        "NI_NUMERICHOST|NI_NUMERICSERV"
    ]));
}

#[test]
fn a_constant_by_name() {
    insta::assert_snapshot!(run_both(&["const", "AF_INET"]));
}

#[test]
fn constants_by_prefix() {
    insta::assert_snapshot!(run_both(&["const", "TCP_KEEP"]));
}

#[test]
fn an_errno_with_its_cause() {
    // strerror's words are glibc's; the conformance tests hold them to the C library.
    insta::assert_snapshot!(run_both(&["errno", "ECONNREFUSED"]));
}

#[test]
fn a_number_of_two_kinds() {
    insta::assert_snapshot!(run_both(&["errno", "2"]));
}

#[test]
fn inet_of_a_prefix() {
    insta::assert_snapshot!(run_both(&[
        "inet",
        "192.168.1.77/26",
        "--contains",
        "192.168.1.200"
    ]));
}

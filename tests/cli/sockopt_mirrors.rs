//! The `getsockopt` and `setsockopt` mirrors: Python's JSON shape in every spelling of
//! family, type, level and option, struct options as bytes, and their errors (the kernel's
//! refusal as an OSError, bad names and values as input errors).

use predicates::prelude::*;

use crate::support::cli::{json_error, json_of, sockref};

#[test]
fn mirrors_use_one_json_shape() {
    let v = json_of(&[
        "getsockopt",
        "AF_INET",
        "SOCK_STREAM",
        "SOL_SOCKET",
        "SO_TYPE",
    ]);
    assert_eq!(v["function"], "getsockopt");
    assert_eq!(
        v["args"],
        serde_json::json!({"family": "AF_INET", "type": "SOCK_STREAM", "level": "SOL_SOCKET", "optname": "SO_TYPE"})
    );
    assert_eq!(v["result"], libc::SOCK_STREAM);
    let spelled = json_of(&["getsockopt", "inet", "stream", "socket", "type"]);
    assert_eq!(spelled, v);
    let numeric = json_of(&["getsockopt", "2", "1", "1", "3"]);
    assert_eq!(numeric["result"], v["result"]);

    let bytes = json_of(&[
        "getsockopt",
        "inet",
        "stream",
        "tcp",
        "TCP_CONGESTION",
        "--buflen",
        "16",
    ]);
    assert_eq!(bytes["args"]["buflen"], 16);
    assert!(bytes["result"].as_str().is_some_and(|h| h.len() == 32));

    let set = json_of(&["setsockopt", "inet", "stream", "tcp", "TCP_NODELAY", "1"]);
    assert_eq!(set["function"], "setsockopt");
    assert_eq!(set["args"]["value"], 1);
    assert_eq!(set["result"], 1);
    let linger = json_of(&[
        "setsockopt",
        "inet",
        "stream",
        "socket",
        "SO_LINGER",
        "0100000005000000",
        "--bytes",
    ]);
    assert_eq!(linger["args"]["value"], "0100000005000000");
    assert_eq!(linger["result"], "0100000005000000");
    sockref()
        .args(["getsockopt", "inet", "stream", "socket", "SO_RCVBUF"])
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "getsockopt(AF_INET, SOCK_STREAM, SOL_SOCKET, SO_RCVBUF)",
        ));
}

#[test]
fn mirror_errors() {
    // The kernel's refusal is Python's OSError: the call, the errno, exit 2.
    let e = json_error(&["getsockopt", "inet", "stream", "socket", "99999"], 2);
    assert_eq!(e["error"]["kind"], "oserror");
    assert_eq!(e["error"]["call"], "getsockopt");
    assert_eq!(e["error"]["name"], "ENOPROTOOPT");
    let e = json_error(
        &["setsockopt", "inet", "stream", "tcp", "TCP_KEEPIDLE", "0"],
        2,
    );
    assert_eq!(e["error"]["call"], "setsockopt");
    assert_eq!(e["error"]["name"], "EINVAL");
    // Python's socket(AF_INET, SOCK_RAW) passes protocol 0, which raw(7) refuses.
    let e = json_error(&["getsockopt", "inet", "raw", "ip", "IP_HDRINCL"], 2);
    assert_eq!(e["error"]["call"], "socket");
    assert_eq!(e["error"]["name"], "EPROTONOSUPPORT");
    // The error lines of bad names and values, and these refusals as text, are trycmd
    // cases: tests/cmd/getsockopt-*.toml and tests/cmd/setsockopt-*.toml.
}

#[test]
fn an_option_asked_at_another_level_is_read_there_with_a_warning() {
    // Python reads option 8 at IPPROTO_TCP, whatever it was called; so does the mirror,
    // and says what that number is there.
    sockref()
        .args(["getsockopt", "inet", "stream", "tcp", "SO_RCVBUF"])
        .assert()
        .success()
        .stdout(predicate::str::contains("TCP_LINGER2"))
        .stderr(
            "sockref: warning: getsockopt: SO_RCVBUF belongs to SOL_SOCKET, not IPPROTO_TCP: \
             option 8 there is TCP_LINGER2\n",
        );
    sockref()
        .args(["getsockopt", "inet", "stream", "SOL_SOCKET", "SO_RCVBUF"])
        .assert()
        .success()
        .stderr("");
}

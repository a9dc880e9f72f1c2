//! `socketpair`, `send_fds` (and its other name `recv_fds`) and `create_server` from the
//! outside: the pair carries both ways, a descriptor arrives as the same file, and a
//! dual-stack listener accepts a client of each family while a single-stack one refuses
//! the other family. Everything stays on loopback.

use super::support::cli::{json_error, json_of};

#[test]
fn a_socketpair_of_every_unix_type_carries_both_ways() {
    for socktype in ["SOCK_STREAM", "SOCK_DGRAM", "SOCK_SEQPACKET"] {
        let doc = json_of(&["socketpair", "AF_UNIX", socktype]);
        assert_eq!(doc["round_trip"]["first_to_second"], true, "{socktype}");
        assert_eq!(doc["round_trip"]["second_to_first"], true, "{socktype}");
        assert_eq!(doc["ends"].as_array().map(Vec::len), Some(2));
        assert_eq!(doc["ends"][0]["sockname"], "unnamed");
    }
    let doc = json_of(&["socketpair"]);
    assert_eq!(doc["call"], "socketpair(AF_UNIX, SOCK_STREAM, 0)");
}

#[test]
fn inet_pairs_are_refused_as_linux_refuses_them() {
    let e = json_error(&["socketpair", "AF_INET"], 2);
    assert_eq!(e["error"]["name"], "EOPNOTSUPP");
    let e = json_error(&["socketpair", "AF_NOPE"], 2);
    assert_eq!(e["error"]["kind"], "input");
}

#[test]
fn a_descriptor_arrives_as_a_new_number_for_the_same_file() {
    for name in ["send_fds", "recv_fds"] {
        let doc = json_of(&[name]);
        assert_eq!(doc["same_file"], true);
        assert_ne!(doc["sent"]["fd"], doc["received"]["fd"]);
        assert_eq!(doc["read_back"], "carried by SCM_RIGHTS");
        assert_eq!(doc["data"], "fd");
        assert_eq!(doc["cmsg_len"], 20);
    }
}

#[test]
fn a_dual_stack_listener_accepts_both_families() {
    let dual = json_of(&["has_dualstack_ipv6"]);
    if dual["result"] != true {
        return crate::support::skip::skip("this host cannot make dual-stack listeners");
    }
    let doc = json_of(&["create_server"]);
    let clients = doc["clients"].as_array().expect("clients");
    assert_eq!(clients.len(), 2, "{doc}");
    let v4 = &clients[0];
    assert_eq!(v4["over"], "IPv4");
    let saw = v4["server_saw"].as_str().expect("accepted");
    assert!(saw.starts_with("[::ffff:127.0.0.1]:"), "{saw}");
    assert!(
        clients[1]["server_saw"]
            .as_str()
            .is_some_and(|s| s.starts_with("[::1]:"))
    );
    let v6only = doc["options"]
        .as_array()
        .and_then(|o| o.iter().find(|o| o["name"] == "IPV6_V6ONLY"))
        .map(|o| o["value"].clone());
    assert_eq!(v6only, Some(serde_json::json!(0)));
}

#[test]
fn a_single_stack_listener_refuses_the_other_family() {
    let doc = json_of(&["create_server", "127.0.0.1:0"]);
    let clients = doc["clients"].as_array().expect("clients");
    assert!(
        clients[0]["server_saw"]
            .as_str()
            .is_some_and(|s| s.starts_with("127.0.0.1:"))
    );
    let refused = clients[1]["error"].as_str().unwrap_or_default();
    assert!(refused.contains("ECONNREFUSED"), "{doc}");
    let e = json_error(&["create_server", "127.0.0.1", "--dualstack-ipv6"], 2);
    assert!(
        e["error"]["message"]
            .as_str()
            .is_some_and(|m| m.contains("AF_INET6"))
    );
    let e = json_error(&["create_server", "example.com:0"], 2);
    assert_eq!(e["error"]["kind"], "input");
}

//! `resolve` over 1,000 names from a file against the sandbox DNS server: concurrent, every
//! answer in input order, failures reported per name without stopping the rest.

use std::fmt::Write;

use crate::support::sandbox::Sandbox;

const NAMES: usize = 1000;

/// Name `i` of the batch; every tenth one does not exist.
fn name(i: usize) -> String {
    if i % 10 == 7 {
        format!("missing{i}.batch.test")
    } else {
        format!("host{i}.batch.test")
    }
}

fn address(i: usize) -> String {
    format!("10.{}.{}.{}", i / 65536 % 256, i / 256 % 256, i % 256)
}

#[test]
fn a_thousand_names_in_input_order() {
    let Some(sb) = Sandbox::new() else { return };
    let mut zone =
        String::from("$ORIGIN batch.test.\n$TTL 60\n@ IN SOA ns.test. a.test. 1 60 60 60 60\n");
    for i in (0..NAMES).filter(|i| i % 10 != 7) {
        let _ = writeln!(zone, "host{i} IN A {}", address(i));
    }
    let names: String = (0..NAMES).map(|i| name(i) + "\n").collect();
    let list = tempfile::NamedTempFile::new().expect("temp file");
    std::fs::write(list.path(), &names).expect("write names");
    let list_path = list.path().display().to_string();
    let sb = sb.zone(&zone);

    let run = sb.sockref(&["resolve", "--file", &list_path, "--json", "--jobs", "32"]);
    assert_eq!(run.status, 1, "some names are missing: {}", run.stderr);
    let report = run.json();
    let results = report["results"].as_array().expect("results");
    assert_eq!(results.len(), NAMES);
    for (i, entry) in results.iter().enumerate() {
        assert_eq!(entry["input"], name(i), "input order at {i}");
        if i % 10 == 7 {
            assert_eq!(entry["status"], "error", "{entry}");
            assert_eq!(entry["error"]["name"], "EAI_NONAME", "{entry}");
        } else {
            assert_eq!(entry["status"], "ok", "{entry}");
            assert_eq!(entry["addresses"][0]["address"], address(i), "{entry}");
        }
    }

    // The platform agrees on a sample, checked with getent in the same sandbox.
    for i in [0, 7, 123, 999] {
        let getent = sb.getent(&["ahosts", &name(i)]);
        assert_eq!(getent.status == 0, i % 10 != 7, "{}", name(i));
        if getent.status == 0 {
            assert!(getent.stdout.starts_with(&address(i)), "{}", getent.stdout);
        }
    }
}

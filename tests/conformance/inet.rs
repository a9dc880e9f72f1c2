//! inet_pton (AF_INET and AF_INET6) and inet_aton over valid, legacy and malformed text;
//! inet_ntop and inet_ntoa over many packed values and wrong lengths; and the `inet`
//! verb's three parser verdicts. Where Python raises, sockref exits 2.

use serde_json::{Value, json};

use crate::support::oracle::{self, Outcome, PyCall};

use super::harness::{self, Run, Verdict, argv};

/// Address text: canonical, legacy (inet_aton's radixes and short forms), IPv6 in every
/// compression, embedded IPv4, and malformed. Newlines and tabs travel in argv as well.
const TEXTS: &[&str] = &[
    "0.0.0.0",
    "127.0.0.1",
    "255.255.255.255",
    "1.2.3.4",
    "192.168.1.1",
    "10.0.0.255",
    "256.1.1.1",
    "1.2.3.256",
    "1.2.3",
    "1.2",
    "1",
    "0",
    "127.1",
    "127.0.1",
    "0x7f.1",
    "0x7f000001",
    "0X7F.0.0.1",
    "017.0.0.1",
    "0177.0.0.1",
    "08.0.0.1",
    "09",
    "0x",
    "0x100000000",
    "4294967295",
    "4294967296",
    "1.2.3.4 junk",
    "1.2.3.4junk",
    "1.2.3.4.",
    "1.2.3.4.5",
    ".1.2.3",
    "1..2.3",
    " 1.2.3.4",
    "1.2.3.4 ",
    "1.2.3.4\n",
    "1.2.3.4\t",
    "01.02.03.04",
    "1.2.3.04",
    "001.002.003.004",
    "-1.2.3.4",
    "+1.2.3.4",
    "1.2.3.-4",
    "0xff.0xff.0xff.0xff",
    "1.0x2.3.4",
    "1.2.0x10000",
    "1.0x1000000",
    "1.2.65535",
    "1.2.65536",
    "1.16777215",
    "1.16777216",
    "",
    " ",
    "a.b.c.d",
    "localhost",
    "::",
    "::1",
    "::0",
    "0::0",
    "1::",
    ":::",
    "::ffff:1.2.3.4",
    "::ffff:127.0.0.1",
    "::1.2.3.4",
    "::ffff:0:1.2.3.4",
    "64:ff9b::1.2.3.4",
    "1:2:3:4:5:6:7:8",
    "1:2:3:4:5:6:7:8:9",
    "1:2:3:4:5:6:7",
    "1:2:3:4:5:6:7::",
    "::2:3:4:5:6:7:8",
    "1::8",
    "1:2::7:8",
    "1::2::3",
    "12345::",
    "fffff::1",
    "FFFF::1",
    "ffff::FFFF",
    "fe80::1",
    "fe80::1%lo",
    "fe80::1%1",
    "2001:db8::",
    "2001:DB8:0:0:0:0:0:1",
    "2001:0db8:0000:0000:0000:0000:0000:0001",
    "2001:db8:::1",
    ":1::",
    "1:",
    ":1",
    "::1:",
    "1.2.3.4::",
    "::1.2.3",
    "::1.2.3.4.5",
    "::256.1.1.1",
    "::ffff:1.2.3.4:1",
    "1:2:3:4:5:6:1.2.3.4",
    "1:2:3:4:5:6:7:1.2.3.4",
    "1:2:3:4:5:1.2.3.4",
    "::ffff:01.2.3.4",
    "::0x1",
    "g::1",
    "[::1]",
    "::1 ",
    " ::1",
    "1.2.3.4/24",
    "::/0",
    "\u{ff11}.2.3.4",
    "127.0.0.\u{ff11}",
    "1.2.3.4\u{a0}",
];

#[test]
fn inet_text_parsers_match_python() {
    if !harness::python_ready() {
        return;
    }
    let mut cases: Vec<(PyCall, Vec<String>)> = Vec::new();
    for text in TEXTS {
        for family in ["AF_INET", "AF_INET6"] {
            cases.push((
                PyCall::new("inet_pton", vec![json!({"const": family}), json!(text)]),
                argv(&["inet_pton", "--", family, text]),
            ));
        }
        cases.push((
            PyCall::new("inet_aton", vec![json!(text)]),
            argv(&["inet_aton", "--", text]),
        ));
    }
    // Families inet_pton does not take: Python's OSError carries EAFNOSUPPORT.
    for (family, text) in [
        ("AF_UNIX", "1.2.3.4"),
        ("AF_UNSPEC", "::1"),
        ("12345", "::1"),
    ] {
        cases.push((
            PyCall::new("inet_pton", vec![json!({"const": family}), json!(text)]),
            argv(&["inet_pton", "--", family, text]),
        ));
    }
    let (calls, argvs): (Vec<PyCall>, Vec<Vec<String>>) = cases.into_iter().unzip();
    let outcomes = oracle::ask_calls(&calls);
    let runs = harness::sockref_all(&argvs);
    let answered: Vec<(PyCall, Outcome)> = calls.into_iter().zip(outcomes).collect();
    let mut verdict = Verdict::new("inet_pton/inet_aton");
    verdict.mirrors(&answered, &runs);

    let verb_runs = harness::sockref_all(
        &TEXTS
            .iter()
            .map(|t| argv(&["inet", "--", t]))
            .collect::<Vec<_>>(),
    );
    for (i, run) in verb_runs.iter().enumerate() {
        verdict.check(verb_mismatch(&answered[i * 3..i * 3 + 3], run));
    }
    verdict.finish();
}

/// Holds `inet TEXT`'s parser table to Python's inet_pton(AF_INET), inet_pton(AF_INET6)
/// and inet_aton of the same text.
fn verb_mismatch(python: &[(PyCall, Outcome)], run: &Run) -> Option<String> {
    let accepted = python.iter().any(|(_, o)| o.returned().is_some());
    let doc = run.json().unwrap_or(Value::Null);
    let first = &python[0];
    let fail = |problem: &str| Some(harness::describe(&first.0, &first.1, run, problem));
    if run.status != Some(0) {
        return if accepted {
            fail("a parser accepts the text, so the verb must answer")
        } else {
            None
        };
    }
    if !accepted {
        // Text no parser takes may still be a packed address written in hex, or an IPv6
        // address with a zone, whose parser rows must still say what Python says.
        if doc["form"] == "packed" {
            return None;
        }
        // A prefix (`1.2.3.4/24`) is read as one; tests/conformance/prefixes.rs holds it
        // to Python's ipaddress.
        if doc["input"].as_str().is_some_and(|i| i.contains('/')) && doc["network"].is_string() {
            return None;
        }
        if doc["form"] != "zoned" || !doc["input"].as_str().is_some_and(|i| i.contains('%')) {
            return fail("no parser accepts the text, so it must be read as packed hex");
        }
    }
    let parsers = doc["parsers"].as_array().cloned().unwrap_or_default();
    for ((call, outcome), prefix) in
        python
            .iter()
            .zip(["inet_pton(AF_INET,", "inet_pton(AF_INET6,", "inet_aton("])
    {
        let row = parsers
            .iter()
            .find(|p| p["call"].as_str().is_some_and(|c| c.starts_with(prefix)));
        let Some(row) = row else {
            return fail(&format!("no parser row for {prefix}"));
        };
        let want = outcome.returned().cloned().unwrap_or(Value::Null);
        if row["accepted"] != !want.is_null() || row["packed"] != want {
            return Some(harness::describe(
                call,
                outcome,
                run,
                &format!("the verb's {prefix}...) row differs from Python"),
            ));
        }
    }
    None
}

/// A fixed-seed xorshift, so that the "random" addresses are the same on every run.
struct Xorshift(u64);

impl Xorshift {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
}

fn words_hex(words: [u16; 8]) -> String {
    words.iter().map(|w| format!("{w:04x}")).collect()
}

/// 16-byte values: zero, loopback, IPv4-mapped and -compatible, every single run of
/// zero words, several competing runs, and random words with zeros sprinkled in.
fn ipv6_values() -> Vec<String> {
    let mut values = vec![
        words_hex([0; 8]),
        words_hex([0, 0, 0, 0, 0, 0, 0, 1]),
        words_hex([0, 0, 0, 0, 0, 0xffff, 0x7f00, 1]),
        words_hex([0, 0, 0, 0, 0, 0xffff, 0x0102, 0x0304]),
        words_hex([0, 0, 0, 0, 0, 0xffff, 0, 0]),
        words_hex([0, 0, 0, 0, 0, 0, 0x0102, 0x0304]),
        words_hex([0, 0, 0, 0, 0, 0, 0, 0x0102]),
        words_hex([0, 0, 0, 0, 0, 0, 0x0001, 0]),
        words_hex([0, 0, 0, 0, 0xffff, 0, 0x0102, 0x0304]),
        words_hex([0x64, 0xff9b, 0, 0, 0, 0, 0x0102, 0x0304]),
        words_hex([0xfe80, 0, 0, 0, 0, 0, 0, 1]),
        words_hex([0x2001, 0xdb8, 0, 0, 1, 0, 0, 1]),
        words_hex([1, 0, 0, 2, 0, 0, 3, 4]),
        words_hex([1, 0, 2, 0, 0, 0, 3, 4]),
        words_hex([0, 0, 1, 0, 0, 0, 2, 3]),
        words_hex([1, 0, 0, 0, 2, 0, 0, 0]),
        words_hex([0xffff; 8]),
    ];
    for start in 0..8 {
        for len in 1..=8 - start {
            let mut words: [u16; 8] = std::array::from_fn(|i| (i as u16 + 1) * 0x1111);
            words[start..start + len].fill(0);
            values.push(words_hex(words));
        }
    }
    let mut rng = Xorshift(0x9e37_79b9_7f4a_7c15);
    for _ in 0..40 {
        let words: [u16; 8] = std::array::from_fn(|_| {
            let r = rng.next();
            if r.is_multiple_of(3) {
                0
            } else {
                (r >> 16) as u16
            }
        });
        values.push(words_hex(words));
    }
    values
}

fn ipv4_values() -> Vec<String> {
    let mut values: Vec<String> = ["00000000", "ffffffff", "7f000001", "01020304", "0a0000ff"]
        .map(String::from)
        .to_vec();
    let mut rng = Xorshift(0x2545_f491_4f6c_dd1d);
    values.extend((0..15).map(|_| format!("{:08x}", rng.next() as u32)));
    values
}

#[test]
fn inet_ntop_and_ntoa_match_python() {
    if !harness::python_ready() {
        return;
    }
    let wrong: Vec<String> = [0usize, 1, 3, 4, 5, 15, 16, 17]
        .iter()
        .map(|&n| "ab".repeat(n))
        .collect();
    let mut cases: Vec<(PyCall, Vec<String>)> = Vec::new();
    let mut ntop = |family: &str, hex: &str, spelled: &str| {
        cases.push((
            PyCall::new(
                "inet_ntop",
                vec![json!({"const": family}), json!({"bytes": hex})],
            ),
            argv(&["inet_ntop", "--", family, spelled]),
        ));
    };
    for hex in ipv6_values() {
        ntop("AF_INET6", &hex, &hex);
    }
    for hex in ipv4_values() {
        ntop("AF_INET", &hex, &hex);
    }
    for hex in &wrong {
        ntop("AF_INET", hex, hex);
        ntop("AF_INET6", hex, hex);
    }
    ntop("AF_UNIX", "7f000001", "7f000001");
    // The other spellings of packed bytes sockref accepts.
    ntop("AF_INET", "7f000001", "0x7f000001");
    ntop("AF_INET", "7f000001", "7f:00:00:01");
    ntop(
        "AF_INET6",
        &"00".repeat(16),
        &format!("0x{}", "00".repeat(16)),
    );
    for hex in ipv4_values().iter().chain(&wrong) {
        cases.push((
            PyCall::new("inet_ntoa", vec![json!({"bytes": hex})]),
            argv(&["inet_ntoa", "--", hex]),
        ));
    }
    let (calls, argvs): (Vec<PyCall>, Vec<Vec<String>>) = cases.into_iter().unzip();
    let outcomes = oracle::ask_calls(&calls);
    let runs = harness::sockref_all(&argvs);
    let mut verdict = Verdict::new("inet_ntop/inet_ntoa");
    verdict.mirrors(&calls.into_iter().zip(outcomes).collect::<Vec<_>>(), &runs);
    verdict.finish();
}

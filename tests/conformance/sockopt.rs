//! Conformance: socket options against Python's `socket` module on this machine
//! (DESIGN.md section 9). Every expected answer comes from Python at test time, from one
//! `python3` process per test running oracle.py's `fresh_sockopt`.
//!
//! - getsockopt on a fresh socket of every family/type combination among inet, inet6 and
//!   unix × stream, dgram, seqpacket and raw, for every option in sockref's table: the
//!   `getsockopt` mirror and the `sockopt` verb give Python's integer, or fail with its
//!   errno; combinations the host refuses fail in socket() with the same errno.
//! - setsockopt read-back: for a list of (option, value) pairs, the `setsockopt` mirror
//!   and `sockopt --set` read back what Python reads back after setting.
//!
//! Options Python has no constant for are asked by sockref's number and counted apart.
//! Sockets are never connected here: no traffic at all.

use std::collections::{BTreeMap, HashMap};

use serde_json::{Value, json};

use crate::support::oracle::{self, Outcome, PyCall};

use super::harness::{self, Run, Verdict, note, python_ready, sockref_all};
use super::sockopt_settings;
use sockref::reference::options::{Kind, OPTIONS, SockOpt};

const FAMILIES: [&str; 3] = ["AF_INET", "AF_INET6", "AF_UNIX"];
const TYPES: [&str; 4] = ["SOCK_STREAM", "SOCK_DGRAM", "SOCK_SEQPACKET", "SOCK_RAW"];

/// One fresh socket: family, type and protocol.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
struct Combo {
    family: &'static str,
    socktype: &'static str,
    proto: i32,
}

/// Every combination, with the protocols a raw IP socket needs (raw(7) refuses 0).
fn combos() -> Vec<Combo> {
    let mut out = Vec::new();
    for family in FAMILIES {
        for socktype in TYPES {
            let protos: &[i32] = match (family, socktype) {
                ("AF_INET", "SOCK_RAW") => &[0, libc::IPPROTO_ICMP, libc::IPPROTO_RAW],
                ("AF_INET6", "SOCK_RAW") => &[0, libc::IPPROTO_ICMPV6],
                _ => &[0],
            };
            for &proto in protos {
                out.push(Combo {
                    family,
                    socktype,
                    proto,
                });
            }
        }
    }
    out
}

/// One question for Python and sockref alike.
#[derive(Debug, Clone)]
struct Case {
    combo: Combo,
    opt: &'static SockOpt,
    buflen: Option<usize>,
    set: Option<Value>,
}

impl Case {
    /// oracle.py's fresh_sockopt for this case; the option by name where Python has the
    /// constant, else by sockref's number.
    fn call(&self, constants: &BTreeMap<String, i64>) -> PyCall {
        let c = &self.combo;
        let option = if constants.contains_key(self.opt.name) {
            json!({"const": self.opt.name})
        } else {
            json!(self.opt.number)
        };
        PyCall::new(
            "fresh_sockopt",
            vec![
                json!({"const": c.family}),
                json!({"const": c.socktype}),
                json!(c.proto),
                json!({"const": self.opt.level.name()}),
                option,
                json!(self.buflen),
                self.set.clone().unwrap_or(Value::Null),
            ],
        )
    }

    fn mirror_argv(&self) -> Vec<String> {
        let c = &self.combo;
        let mut argv = vec![
            if self.set.is_some() {
                "setsockopt"
            } else {
                "getsockopt"
            }
            .to_string(),
            c.family.to_string(),
            c.socktype.to_string(),
            self.opt.level.name().to_string(),
            self.opt.name.to_string(),
        ];
        match &self.set {
            Some(v) if v.get("bytes").is_some() => {
                argv.push(v["bytes"].as_str().unwrap_or_default().to_string());
                argv.push("--bytes".into());
            }
            Some(v) => argv.push(v["int"].to_string()),
            None => {}
        }
        argv.extend(["--proto".to_string(), c.proto.to_string()]);
        if let Some(n) = self.buflen {
            argv.extend(["--buflen".to_string(), n.to_string()]);
        }
        argv
    }

    fn text(&self) -> String {
        let c = &self.combo;
        let set = self
            .set
            .as_ref()
            .map_or(String::new(), |v| format!(" after setting {v}"));
        let buflen = self.buflen.map_or(String::new(), |n| format!(", {n}"));
        format!(
            "socket({}, {}, {}).getsockopt({}, {}{buflen}){set}",
            c.family,
            c.socktype,
            c.proto,
            self.opt.level.name(),
            self.opt.name
        )
    }
}

/// Python's answer for one case: its socket module's constant for the option, if it has
/// one, and what the calls did.
#[derive(Debug)]
struct PyAnswer {
    constant: Option<i64>,
    outcome: Outcome,
}

impl PyAnswer {
    fn text(&self) -> String {
        let constant = self
            .constant
            .map_or("no constant".to_string(), |c| format!("constant {c}"));
        format!("{constant}, {}", self.outcome.text())
    }

    /// The errno socket() raised, where the combination itself is refused.
    fn socket_errno(&self) -> Option<i64> {
        self.outcome
            .raised()
            .filter(|r| r.call == "socket")
            .and_then(|r| r.errno)
    }
}

/// Runs the oracle once over every case.
fn ask(cases: &[Case]) -> Vec<PyAnswer> {
    let constants: BTreeMap<String, i64> = oracle::fact("constants")
        .as_object()
        .expect("an object of constants")
        .iter()
        .filter_map(|(name, value)| Some((name.clone(), value.as_i64()?)))
        .collect();
    let calls: Vec<PyCall> = cases.iter().map(|c| c.call(&constants)).collect();
    let outcomes = oracle::ask_calls(&calls);
    cases
        .iter()
        .zip(outcomes)
        .map(|(case, outcome)| PyAnswer {
            constant: constants.get(case.opt.name).copied(),
            outcome,
        })
        .collect()
}

/// The buffer length that reads a struct option whole (or, for TCP_INFO, its first
/// eight bytes: the later fields count time and differ between two processes).
fn struct_buflen(kind: Kind) -> Option<usize> {
    match kind {
        Kind::Linger => Some(8),
        Kind::Timeval | Kind::Interface | Kind::Name(_) => Some(16),
        Kind::PeerCred => Some(12),
        Kind::TcpInfo => Some(8),
        _ => None,
    }
}

/// Why a mirror run disagrees with Python's answer, if it does.
fn mismatch(case: &Case, py: &PyAnswer, run: &Run) -> Option<String> {
    let problem = if let Some(c) = py.constant {
        (c != i64::from(case.opt.number)).then(|| {
            format!(
                "Python's {} is {c}, sockref's {}",
                case.opt.name, case.opt.number
            )
        })
    } else {
        None
    }
    .or_else(|| {
        expect_same(
            &py.outcome,
            run,
            if case.set.is_some() {
                "setsockopt"
            } else {
                "getsockopt"
            },
        )
    })?;
    Some(format!(
        "{problem}\n    case:    {}\n    Python:  {}\n    sockref: {} -> {}",
        case.text(),
        py.text(),
        run.command_line(),
        run.text()
    ))
}

/// Python's result or errno against a mirror run.
fn expect_same(py: &Outcome, run: &Run, function: &str) -> Option<String> {
    let raised = match py {
        Outcome::Returned(result) => {
            if run.status != Some(0) {
                return Some("Python answered, sockref did not exit 0".into());
            }
            let Some(doc) = run.json() else {
                return Some("stdout is not one JSON document".into());
            };
            return (doc["function"] != function || doc["result"] != *result)
                .then(|| "the result differs from Python's".into());
        }
        Outcome::Raised(raised) => raised,
    };
    let (errno, call) = (raised.errno, raised.call.as_str());
    if run.status != Some(2) {
        return Some(format!(
            "Python raised errno {errno:?} in {call}, so sockref must exit 2"
        ));
    }
    let Some(error) = run.error() else {
        return Some("stderr is not a JSON {\"error\": ...} object".into());
    };
    (error["code"].as_i64() != errno || error["call"] != call || error["kind"] != "oserror")
        .then(|| format!("the error must be oserror {errno:?} from {call}"))
}

#[test]
fn getsockopt_on_fresh_sockets() {
    if !python_ready() {
        return;
    }
    let mut cases = Vec::new();
    for combo in combos() {
        for opt in OPTIONS {
            cases.push(Case {
                combo,
                opt,
                buflen: None,
                set: None,
            });
            if let Some(n) = struct_buflen(opt.kind) {
                cases.push(Case {
                    combo,
                    opt,
                    buflen: Some(n),
                    set: None,
                });
            }
        }
    }
    let answers = ask(&cases);
    // A combination socket() refuses needs asking only once.
    let mut refused: HashMap<Combo, bool> = HashMap::new();
    let asked: Vec<(Case, PyAnswer)> = cases
        .into_iter()
        .zip(answers)
        .filter(|(c, a)| {
            let failed = a.socket_errno().is_some();
            let first = refused.insert(c.combo, failed).is_none();
            !failed || first
        })
        .collect();
    let runs = sockref_all(
        &asked
            .iter()
            .map(|(c, _)| c.mirror_argv())
            .collect::<Vec<_>>(),
    );
    let mut verdict = Verdict::new("getsockopt on fresh sockets");
    let mut unknown_to_python = 0;
    for ((case, py), run) in asked.iter().zip(&runs) {
        if py.constant.is_none() {
            unknown_to_python += 1;
        }
        verdict.check(mismatch(case, py, run));
    }
    let mut allowed: Vec<String> = refused
        .iter()
        .filter(|(_, failed)| !**failed)
        .map(|(c, _)| format!("{}/{}/{}", c.family, c.socktype, c.proto))
        .collect();
    allowed.sort();
    note(&format!(
        "socket() allowed {} of {} combinations ({}); {unknown_to_python} cases asked by number \
         (no constant in Python's socket module)",
        allowed.len(),
        refused.len(),
        allowed.join(", ")
    ));
    verdict.finish();
    verb_matches_python(&asked);
}

/// `sockopt --json` for each combination: every option it shows holds Python's int, or
/// the errno Python got. A combination socket() refuses ends the verb with exit 2.
fn verb_matches_python(asked: &[(Case, PyAnswer)]) {
    let mut python: HashMap<(Combo, &str), &PyAnswer> = HashMap::new();
    let mut combos: Vec<Combo> = Vec::new();
    for (case, py) in asked.iter().filter(|(c, _)| c.buflen.is_none()) {
        python.insert((case.combo, case.opt.name), py);
        if !combos.contains(&case.combo) {
            combos.push(case.combo);
        }
    }
    let argvs: Vec<Vec<String>> = combos
        .iter()
        .map(|c| {
            harness::argv(&[
                "sockopt", "--family", c.family, "--type", c.socktype, "--proto",
            ])
            .into_iter()
            .chain([c.proto.to_string()])
            .collect()
        })
        .collect();
    let runs = sockref_all(&argvs);
    let mut verdict = Verdict::new("sockopt on fresh sockets");
    for (combo, run) in combos.iter().zip(&runs) {
        let first = OPTIONS.first().map_or("", |o| o.name);
        let Some(socket_py) = python.get(&(*combo, first)) else {
            continue;
        };
        if let Some(errno) = socket_py.socket_errno() {
            let ok = run.status == Some(2) && run.error().is_some_and(|e| e["code"] == errno);
            verdict
                .check((!ok).then(|| {
                    format!("{combo:?}: socket() must fail with {errno}: {}", run.text())
                }));
            continue;
        }
        let Some(doc) = run.json() else {
            verdict.check(Some(format!("{combo:?}: no JSON: {}", run.text())));
            continue;
        };
        for reading in doc["sockets"][0]["options"]
            .as_array()
            .into_iter()
            .flatten()
        {
            let name = reading["name"].as_str().unwrap_or_default();
            let Some(py) = python.get(&(*combo, name)) else {
                continue;
            };
            let agrees = match (
                py.outcome.returned(),
                reading["raw"].as_i64(),
                reading["error"]["code"].as_i64(),
            ) {
                (Some(r), Some(raw), _) => r.as_i64() == Some(raw),
                // Struct options carry no int of their own; the mirror compares them.
                (Some(_), None, None) => true,
                (None, _, Some(code)) => py.outcome.errno() == Some(code),
                _ => false,
            };
            verdict.check(
                (!agrees)
                    .then(|| format!("{combo:?} {name}: Python {}, sockref {reading}", py.text())),
            );
        }
    }
    verdict.finish();
}

#[test]
fn setsockopt_reads_back_as_python() {
    if !python_ready() {
        return;
    }
    let cases: Vec<Case> = sockopt_settings::settings()
        .into_iter()
        .map(|(family, socktype, name, value)| {
            let opt = OPTIONS
                .iter()
                .find(|o| o.name == name)
                .expect("an option of the table");
            let buflen = value
                .get("bytes")
                .map(|_| struct_buflen(opt.kind).unwrap_or(16));
            Case {
                combo: Combo {
                    family,
                    socktype,
                    proto: 0,
                },
                opt,
                buflen,
                set: Some(value),
            }
        })
        .collect();
    let answers = ask(&cases);
    let runs = sockref_all(&cases.iter().map(Case::mirror_argv).collect::<Vec<_>>());
    let mut verdict = Verdict::new("setsockopt read-back");
    for ((case, py), run) in cases.iter().zip(&answers).zip(&runs) {
        verdict.check(mismatch(case, py, run));
    }
    verdict.finish();

    // `sockopt --set NAME=VALUE` with integer values keeps what Python reads back.
    let int_cases: Vec<(&Case, &PyAnswer)> = cases
        .iter()
        .zip(&answers)
        .filter(|(c, _)| c.set.as_ref().is_some_and(|v| v.get("int").is_some()))
        .collect();
    let argvs: Vec<Vec<String>> = int_cases
        .iter()
        .map(|(c, _)| {
            let value = c
                .set
                .as_ref()
                .map(|v| v["int"].to_string())
                .unwrap_or_default();
            harness::argv(&[
                "sockopt",
                "--family",
                c.combo.family,
                "--type",
                c.combo.socktype,
            ])
            .into_iter()
            .chain(["--set".to_string(), format!("{}={value}", c.opt.name)])
            .collect()
        })
        .collect();
    let runs = sockref_all(&argvs);
    let mut verdict = Verdict::new("sockopt --set read-back");
    for ((case, py), run) in int_cases.iter().zip(&runs) {
        verdict.check(set_mismatch(case, py, run));
    }
    verdict.finish();
}

/// `sockopt --set` against Python: the kept raw value, or the refusal's errno; a value
/// sockref itself rejects as out of range for the kind (exit 2) must be one Python's
/// kernel refused too.
fn set_mismatch(case: &Case, py: &PyAnswer, run: &Run) -> Option<String> {
    let describe = |problem: &str| {
        Some(format!(
            "{problem}\n    case: {}\n    Python: {}\n    sockref: {}",
            case.text(),
            py.text(),
            run.text()
        ))
    };
    let refused = py
        .outcome
        .raised()
        .filter(|r| r.call != "socket")
        .and_then(|r| r.errno);
    let Some(doc) = run.json() else {
        return if run.status == Some(2) && refused.is_some() {
            None
        } else {
            describe("no report")
        };
    };
    let set = &doc["sockets"][0]["set"][0];
    match (py.outcome.returned(), refused) {
        (Some(r), _) if set["kept"]["raw"] == *r => None,
        (None, Some(e)) if set["error"]["code"] == e && run.status == Some(1) => None,
        _ => describe("kept value or refusal differs from Python's"),
    }
}

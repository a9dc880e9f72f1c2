//! The Rust side of tests/support/oracle.py, the one Python oracle: calls in its argument
//! encoding, its outcomes, and running it on this host (the resolver sandbox runs the same
//! script inside its namespaces, see `Sandbox::ask`).

use std::io::Write;
use std::process::{Command, Stdio};

use serde_json::{Value, json};

/// The oracle script.
pub const ORACLE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/support/oracle.py");

/// One call of a socket-module function (or one of the oracle's own), in the oracle's
/// argument encoding.
#[derive(Debug, Clone, PartialEq)]
pub struct PyCall {
    pub function: String,
    pub args: Vec<Value>,
}

impl PyCall {
    pub fn new(function: &str, args: Vec<Value>) -> PyCall {
        PyCall {
            function: function.to_string(),
            args,
        }
    }

    /// The call as one would type it in Python, for failure messages.
    pub fn text(&self) -> String {
        let args: Vec<String> = self.args.iter().map(py_text).collect();
        format!("socket.{}({})", self.function, args.join(", "))
    }

    pub fn to_json(&self) -> Value {
        json!({"fn": self.function, "args": self.args})
    }
}

fn py_text(arg: &Value) -> String {
    match arg {
        Value::Null => "None".into(),
        Value::Object(o) => match o.iter().next() {
            Some((k, Value::String(s))) if k == "bytes" => format!("bytes.fromhex({s:?})"),
            Some((k, Value::String(s))) if k == "const" => s.clone(),
            // An "int" reaches Python as int(text, 0) when that parses, else as the str.
            Some((k, Value::String(s))) if k == "int" => {
                let literal = s.trim().trim_start_matches(['+', '-']);
                if literal.starts_with(|c: char| c.is_ascii_digit())
                    && literal
                        .chars()
                        .all(|c| c.is_ascii_alphanumeric() || c == '_')
                {
                    s.trim().to_string()
                } else {
                    format!("{s:?}")
                }
            }
            Some((k, Value::Array(items))) if k == "tuple" => {
                let items: Vec<String> = items.iter().map(py_text).collect();
                format!("({})", items.join(", "))
            }
            _ => arg.to_string(),
        },
        other => other.to_string(),
    }
}

/// What Python did: returned a value (in sockref's JSON form) or raised.
#[derive(Debug, Clone, PartialEq)]
pub enum Outcome {
    Returned(Value),
    Raised(Raised),
}

/// An exception Python raised.
#[derive(Debug, Clone, PartialEq)]
pub struct Raised {
    /// The exception class: `gaierror`, `herror`, `OSError`, `OverflowError`, ...
    pub kind: String,
    pub errno: Option<i64>,
    /// The EAI_* name of a gaierror's code, when exactly one constant has that value.
    pub eai_name: Option<String>,
    pub message: String,
    /// The call that raised: the function itself, or a step of one of the oracle's own.
    pub call: String,
}

impl Outcome {
    fn from_answer(answer: &Value) -> Outcome {
        if let Some(value) = answer.get("result") {
            return Outcome::Returned(value.clone());
        }
        let r = &answer["raise"];
        Outcome::Raised(Raised {
            kind: r["type"].as_str().unwrap_or("?").to_string(),
            errno: r["errno"].as_i64(),
            eai_name: r["eai_name"].as_str().map(str::to_string),
            message: r["message"].as_str().unwrap_or("").to_string(),
            call: r["call"].as_str().unwrap_or("?").to_string(),
        })
    }

    pub fn returned(&self) -> Option<&Value> {
        match self {
            Outcome::Returned(v) => Some(v),
            Outcome::Raised(_) => None,
        }
    }

    pub fn raised(&self) -> Option<&Raised> {
        match self {
            Outcome::Returned(_) => None,
            Outcome::Raised(r) => Some(r),
        }
    }

    /// The returned value, or null where Python raised.
    pub fn result(&self) -> &Value {
        self.returned().unwrap_or(&Value::Null)
    }

    /// The errno of what Python raised, if it raised one.
    pub fn errno(&self) -> Option<i64> {
        self.raised().and_then(|r| r.errno)
    }

    pub fn text(&self) -> String {
        match self {
            Outcome::Returned(v) => format!("returned {v}"),
            Outcome::Raised(r) => format!("raised {}: {}", r.kind, r.message),
        }
    }
}

/// The calls a request stands for, each with its outcome, from the oracle's answer.
pub fn answers(answer: &Value) -> Vec<(PyCall, Outcome)> {
    answer["answers"]
        .as_array()
        .expect("oracle.py answered without an \"answers\" array")
        .iter()
        .map(|a| {
            let function = a["fn"].as_str().expect("an answer without \"fn\"");
            let args = a["args"].as_array().cloned().unwrap_or_default();
            (PyCall::new(function, args), Outcome::from_answer(a))
        })
        .collect()
}

/// The request for `calls`, in order.
pub fn request(calls: &[PyCall]) -> Value {
    json!({"calls": calls.iter().map(PyCall::to_json).collect::<Vec<_>>()})
}

/// Runs oracle.py on this host with `request`; every call it made with its outcome.
pub fn ask(request: &Value) -> Vec<(PyCall, Outcome)> {
    let mut child = Command::new("python3")
        .arg(ORACLE)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("python3 was found a moment ago but does not start");
    child
        .stdin
        .take()
        .expect("piped stdin")
        .write_all(request.to_string().as_bytes())
        .expect("writing the request to oracle.py");
    let out = child.wait_with_output().expect("waiting for oracle.py");
    assert!(
        out.status.success(),
        "oracle.py failed ({}):\n{}",
        out.status,
        String::from_utf8_lossy(&out.stderr)
    );
    let answer = serde_json::from_slice(&out.stdout).expect("oracle.py wrote no JSON");
    answers(&answer)
}

/// Asks Python on this host for the outcome of each call, in order.
pub fn ask_calls(calls: &[PyCall]) -> Vec<Outcome> {
    outcomes(calls, ask(&request(calls)))
}

/// The outcomes of an answer to `calls`, checked to be one per call.
pub fn outcomes(calls: &[PyCall], answers: Vec<(PyCall, Outcome)>) -> Vec<Outcome> {
    assert_eq!(answers.len(), calls.len(), "oracle.py lost some calls");
    answers.into_iter().map(|(_, outcome)| outcome).collect()
}

/// What one of the oracle's own functions returns (it raises only on a broken host).
pub fn fact(function: &str) -> Value {
    match ask_calls(&[PyCall::new(function, vec![])]).remove(0) {
        Outcome::Returned(value) => value,
        Outcome::Raised(r) => panic!("oracle.py {function}() raised {}: {}", r.kind, r.message),
    }
}

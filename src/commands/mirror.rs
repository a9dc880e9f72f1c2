//! The report every function mirror returns: `{"function", "args", "result"}`, where
//! `result` is what Python's function returns, in JSON form (bytes as hex, socket
//! addresses as objects). Also the Python-style text of a call for error lines.

use std::fmt;

use serde::Serialize;
use serde_json::{Map, Value};

use crate::output::escape::escape_str;

/// One argument of a mirrored call, as Python would show it.
#[derive(Debug, Clone, PartialEq)]
pub enum PyArg {
    None,
    Int(i128),
    Str(String),
    /// A symbolic constant, shown bare (`AF_INET6`).
    Name(String),
    /// Bytes, shown as `b'...'` in text and as hex in JSON.
    Bytes(Vec<u8>),
    /// A socket address `(host, port)`, in JSON `{"address", "port"}`.
    SockAddr(String, i32),
    /// A float (`timeout=5.0`).
    Float(f64),
    /// A tuple whose members have names in JSON: `("localhost", "https")` is
    /// `{"address": "localhost", "port": "https"}`.
    Tuple(Vec<(&'static str, PyArg)>),
}

impl PyArg {
    fn json(&self) -> Value {
        match self {
            PyArg::None => Value::Null,
            PyArg::Int(n) => {
                i64::try_from(*n).map_or_else(|_| Value::String(n.to_string()), Value::from)
            }
            PyArg::Str(s) | PyArg::Name(s) => Value::String(s.clone()),
            PyArg::Bytes(b) => Value::String(super::parse::to_hex(b)),
            PyArg::SockAddr(address, port) => serde_json::json!({"address": address, "port": port}),
            PyArg::Float(x) => serde_json::Number::from_f64(*x).map_or(Value::Null, Value::Number),
            PyArg::Tuple(members) => Value::Object(
                members
                    .iter()
                    .map(|(name, arg)| ((*name).to_string(), arg.json()))
                    .collect(),
            ),
        }
    }
}

impl fmt::Display for PyArg {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PyArg::None => f.write_str("None"),
            PyArg::Int(n) => write!(f, "{n}"),
            PyArg::Str(s) => write!(
                f,
                "\"{}\"",
                escape_str(&s.replace('\\', "\\\\").replace('"', "\\\""))
            ),
            PyArg::Name(s) => f.write_str(s),
            PyArg::Bytes(b) => {
                f.write_str("b'")?;
                for byte in b {
                    write!(f, "\\x{byte:02x}")?;
                }
                f.write_str("'")
            }
            PyArg::SockAddr(address, port) => {
                write!(f, "({}, {port})", PyArg::Str(address.clone()))
            }
            // Python's repr of a float: `5.0`, `0.25`.
            PyArg::Float(x) => write!(f, "{x:?}"),
            PyArg::Tuple(members) => write!(f, "({})", call_args(members)),
        }
    }
}

/// The text of a call's arguments: `"localhost", 80`.
pub fn call_args(args: &[(&str, PyArg)]) -> String {
    args.iter()
        .map(|(_, a)| a.to_string())
        .collect::<Vec<_>>()
        .join(", ")
}

/// The report of a mirrored function.
#[derive(Debug, Clone)]
pub struct Mirror {
    pub function: &'static str,
    pub args: Vec<(&'static str, PyArg)>,
    pub result: Value,
}

impl Mirror {
    /// A mirror report with `result` serialized to its JSON form; fails only for a value
    /// JSON cannot hold.
    pub fn new(
        function: &'static str,
        args: Vec<(&'static str, PyArg)>,
        result: impl Serialize,
    ) -> crate::error::Result<Self> {
        let result = serde_json::to_value(result)
            .map_err(|e| crate::error::Error::Output(format!("JSON of {function}: {e}")))?;
        Ok(Mirror {
            function,
            args,
            result,
        })
    }

    /// `htons(9999)`: how the call reads in Python.
    pub fn call_text(&self) -> String {
        format!("{}({})", self.function, call_args(&self.args))
    }

    /// The `args` object of the JSON form, with Python's parameter names.
    pub fn args_json(&self) -> Value {
        let map: Map<String, Value> = self
            .args
            .iter()
            .map(|(name, arg)| ((*name).to_string(), arg.json()))
            .collect();
        Value::Object(map)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn call_text_reads_like_python() {
        let m = Mirror::new(
            "getaddrinfo",
            vec![
                ("host", PyArg::Str("localhost".into())),
                ("port", PyArg::None),
            ],
            Value::Null,
        )
        .expect("serializable");
        assert_eq!(m.call_text(), "getaddrinfo(\"localhost\", None)");
        assert_eq!(PyArg::Bytes(vec![127, 1]).to_string(), "b'\\x7f\\x01'");
        assert_eq!(PyArg::Str("a\"b\x1b".into()).to_string(), "\"a\\\"b\\x1b\"");
        assert_eq!(PyArg::Float(5.0).to_string(), "5.0");
        let address = PyArg::Tuple(vec![
            ("address", PyArg::Str("::1".into())),
            ("port", PyArg::Int(80)),
        ]);
        assert_eq!(address.to_string(), "(\"::1\", 80)");
        assert_eq!(
            address.json(),
            serde_json::json!({"address": "::1", "port": 80})
        );
    }

    #[test]
    fn args_use_python_names() {
        let m = Mirror::new("htons", vec![("x", PyArg::Int(9999))], 3879).expect("serializable");
        assert_eq!(m.args_json(), serde_json::json!({"x": 9999}));
        assert_eq!(m.result, serde_json::json!(3879));
    }
}

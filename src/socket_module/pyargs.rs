//! Arguments as Python shows them: the text of a call in error lines (`getaddrinfo("x",
//! None)`) and the `args` object of a mirror's JSON form.

use std::fmt;

use serde_json::Value;

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
    /// A boolean (`dualstack_ipv6=True`).
    Bool(bool),
    /// A tuple whose members have names in JSON: `("localhost", "https")` is
    /// `{"address": "localhost", "port": "https"}`.
    Tuple(Vec<(&'static str, PyArg)>),
}

impl PyArg {
    /// The JSON form: bytes as hex, socket addresses as objects.
    pub fn json(&self) -> Value {
        match self {
            PyArg::None => Value::Null,
            PyArg::Int(n) => {
                i64::try_from(*n).map_or_else(|_| Value::String(n.to_string()), Value::from)
            }
            PyArg::Str(s) | PyArg::Name(s) => Value::String(s.clone()),
            PyArg::Bytes(b) => Value::String(crate::socket_module::parse::to_hex(b)),
            PyArg::SockAddr(address, port) => serde_json::json!({"address": address, "port": port}),
            PyArg::Float(x) => serde_json::Number::from_f64(*x).map_or(Value::Null, Value::Number),
            PyArg::Bool(b) => Value::Bool(*b),
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
            PyArg::Bool(b) => f.write_str(if *b { "True" } else { "False" }),
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

//! The function mirrors: one subcommand per socket-module function, each a thin shell
//! over the same [`crate::socket_module`] call a friendly verb makes. Their report is
//! `{"function", "args", "result"}`, where `result` is what Python's function returns, in
//! JSON form (bytes as hex, socket addresses as objects).

mod conversions;
mod databases;
mod interfaces;
pub mod names;
pub mod sockopt;

use std::time::Duration;

use serde::Serialize;
use serde_json::{Map, Value};

use crate::cli::Command;
use crate::code::Call;
use crate::error::{Error, Result};
use crate::report::Report;
use crate::socket_module::parse::parse_int;
use crate::socket_module::pyargs::{PyArg, call_args};

/// The report of a mirrored function.
#[derive(Debug, Clone)]
pub struct Mirror {
    pub function: &'static str,
    pub args: Vec<(&'static str, PyArg)>,
    /// The result in its JSON form.
    pub result: Value,
    /// The same result with outside text in its terminal-safe form, for tables.
    pub shown: Value,
    /// A module attribute rather than a function (`has_ipv6`): no call parentheses.
    pub attribute: bool,
}

impl Report for Mirror {}

/// `{"function", "args", "result"}`, DESIGN.md section 3.
impl Serialize for Mirror {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut map = serializer.serialize_map(Some(3))?;
        map.serialize_entry("function", self.function)?;
        map.serialize_entry("args", &self.args_json())?;
        map.serialize_entry("result", &self.result)?;
        map.end()
    }
}

impl Mirror {
    /// A mirror report with `result` serialized to its JSON form; fails only for a value
    /// JSON cannot hold.
    pub fn new(
        function: &'static str,
        args: Vec<(&'static str, PyArg)>,
        result: impl Serialize,
    ) -> Result<Self> {
        let failed = |e: serde_json::Error| Error::Output(format!("JSON of {function}: {e}"));
        let shown = crate::text::display_value(&result).map_err(failed)?;
        let result = serde_json::to_value(result).map_err(failed)?;
        Ok(Mirror {
            function,
            args,
            result,
            shown,
            attribute: false,
        })
    }

    /// The report of `call` with its result.
    pub fn of(call: Call, result: impl Serialize) -> Result<Self> {
        Mirror::new(call.function, call.args, result)
    }

    /// The call this mirror made.
    pub fn into_call(self) -> Call {
        Call::new(self.function, self.args)
    }

    /// The report of a module attribute, read rather than called.
    pub fn attribute(name: &'static str, value: impl Serialize) -> Result<Self> {
        Ok(Mirror {
            attribute: true,
            ..Mirror::new(name, Vec::new(), value)?
        })
    }

    /// `htons(9999)`: how the call reads in Python.
    pub fn call_text(&self) -> String {
        if self.attribute {
            return self.function.to_string();
        }
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

/// Runs a function mirror: Python's call, its arguments and its result.
pub fn run(command: &Command, t: Duration) -> Result<Mirror> {
    names::run(command, t)
        .or_else(|| databases::run(command))
        .or_else(|| interfaces::run(command))
        .or_else(|| conversions::run(command))
        .unwrap_or_else(|| {
            Err(Error::input(
                "sockref",
                format!("{command:?}"),
                "not a function mirror",
            ))
        })
}

/// The call `command` makes if it is a function mirror, its arguments checked as the
/// mirror checks them but the call not made: the resolver and database functions are
/// planned without asking them, the pure conversions are simply run.
pub fn call(command: &Command) -> Option<Result<Call>> {
    names::call(command)
        .or_else(|| databases::call(command))
        .or_else(|| interfaces::call(command))
        .or_else(|| conversions::call(command))
}

/// A string argument as Python shows it.
fn s(v: &str) -> PyArg {
    PyArg::Str(v.to_string())
}

/// An integer argument, or the text itself where it is not a number.
fn int_arg(v: &str) -> PyArg {
    parse_int(v).map_or_else(|_| PyArg::Str(v.to_string()), PyArg::Int)
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

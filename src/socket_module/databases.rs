//! The services and protocols databases as Python's `getservbyname`, `getservbyport` and
//! `getprotobyname` see them: one answer, or Python's "not found" error.

use super::names::c_string;
use super::parse::parse_int;
use super::pyargs::PyArg;
use crate::error::{Error, Result};
use crate::sys::netdb;
use crate::text::Text;

/// getservbyname(servicename[, protocolname]): the port, in host byte order.
pub fn getservbyname(name: &str, proto: Option<&str>) -> Result<u16> {
    const CALL: &str = "getservbyname";
    let input = format!("{}, {}", PyArg::Str(name.to_string()), proto_arg(proto));
    let c_name = c_string(CALL, &input, name)?;
    let c_proto = proto.map(|p| c_string(CALL, &input, p)).transpose()?;
    let entry = netdb::getservbyname(&c_name, c_proto.as_deref())
        .map_err(|e| e.into_error(CALL, &input, "service/proto not found"))?;
    entry
        .map(|e| e.port)
        .ok_or_else(|| Error::not_found(CALL, input, "service/proto not found"))
}

/// getservbyport(port[, protocolname]): the service name.
pub fn getservbyport(port_text: &str, proto: Option<&str>) -> Result<Text> {
    const CALL: &str = "getservbyport";
    let n = parse_int(port_text).map_err(|reason| Error::input(CALL, port_text, reason))?;
    let port = port_number(CALL, port_text, n)?;
    let input = format!("{port}, {}", proto_arg(proto));
    let c_proto = proto.map(|p| c_string(CALL, &input, p)).transpose()?;
    let entry = netdb::getservbyport(port, c_proto.as_deref())
        .map_err(|e| e.into_error(CALL, &input, "port/proto not found"))?;
    entry
        .map(|e| e.name)
        .ok_or_else(|| Error::not_found(CALL, input, "port/proto not found"))
}

/// A port number in 0..=65535, as getservbyport requires.
pub(crate) fn port_number(call: &str, text: &str, n: i128) -> Result<u16> {
    u16::try_from(n).map_err(|_| Error::input(call, text, format!("port must be 0-65535, got {n}")))
}

pub(crate) fn proto_arg(proto: Option<&str>) -> PyArg {
    proto.map_or(PyArg::None, |p| PyArg::Str(p.to_string()))
}

/// getprotobyname(protocolname): the protocol number.
pub fn getprotobyname(name: &str) -> Result<i32> {
    const CALL: &str = "getprotobyname";
    let input = PyArg::Str(name.to_string()).to_string();
    let c_name = c_string(CALL, &input, name)?;
    netdb::getprotobyname(&c_name)
        .map_err(|e| e.into_error(CALL, &input, "protocol not found"))?
        .map(|e| e.number)
        .ok_or_else(|| Error::not_found(CALL, input, "protocol not found"))
}

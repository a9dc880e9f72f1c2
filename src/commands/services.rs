//! The services database, services(5): `sockref service` and the getservbyname and
//! getservbyport mirrors.
//!
//! The verb scans the database with getservent_r so that it can show every row that
//! matches (https has a tcp and a udp line); the mirrors make the single call Python makes.

use serde::Serialize;

use super::mirror::PyArg;
use super::parse::parse_int;
use crate::cli::ServiceArgs;
use crate::error::{Error, Result};
use crate::sys::netdb::{self, ServiceEntry};
use crate::text::Text;

/// Every matching row of the services database.
#[derive(Debug, Clone, Serialize)]
pub struct ServiceReport {
    pub query: Option<String>,
    pub proto: Option<String>,
    pub services: Vec<ServiceRow>,
}

/// One line of services(5).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ServiceRow {
    pub name: Text,
    pub port: u16,
    pub proto: Text,
    pub aliases: Vec<Text>,
}

impl From<ServiceEntry> for ServiceRow {
    fn from(e: ServiceEntry) -> Self {
        ServiceRow {
            name: e.name,
            port: e.port,
            proto: e.proto,
            aliases: e.aliases,
        }
    }
}

/// Runs `service`.
pub fn run(args: &ServiceArgs) -> Result<ServiceReport> {
    let all = netdb::all_services().map_err(|e| e.into_error("getservent", "", ""))?;
    let proto_ok = |e: &ServiceEntry| {
        args.proto
            .as_ref()
            .is_none_or(|p| e.proto.as_bytes() == p.as_bytes())
    };
    let query = args.query.as_deref().filter(|_| !args.all);
    let services: Vec<ServiceRow> = match query {
        None => all.into_iter().filter(proto_ok).map(Into::into).collect(),
        Some(q) => match parse_int(q) {
            Ok(n) => {
                let port = port_number("getservbyport", q, n)?;
                all.into_iter()
                    .filter(|e| e.port == port && proto_ok(e))
                    .map(Into::into)
                    .collect()
            }
            Err(_) => all
                .into_iter()
                .filter(|e| {
                    (e.name.as_bytes() == q.as_bytes()
                        || e.aliases.iter().any(|a| a.as_bytes() == q.as_bytes()))
                        && proto_ok(e)
                })
                .map(Into::into)
                .collect(),
        },
    };
    if services.is_empty()
        && let Some(q) = query
    {
        let proto = proto_arg(args.proto.as_deref());
        return Err(match parse_int(q) {
            Ok(n) => not_found(
                "getservbyport",
                &format!("{n}, {proto}"),
                "port/proto not found",
            ),
            Err(_) => not_found(
                "getservbyname",
                &format!("{}, {proto}", PyArg::Str(q.to_string())),
                "service/proto not found",
            ),
        });
    }
    Ok(ServiceReport {
        query: query.map(str::to_string),
        proto: args.proto.clone(),
        services,
    })
}

/// getservbyname(servicename[, protocolname]): the port, in host byte order.
pub fn getservbyname(name: &str, proto: Option<&str>) -> Result<u16> {
    const CALL: &str = "getservbyname";
    let input = format!("{}, {}", PyArg::Str(name.to_string()), proto_arg(proto));
    let c_name = super::names::c_string(CALL, &input, name)?;
    let c_proto = proto
        .map(|p| super::names::c_string(CALL, &input, p))
        .transpose()?;
    let entry = netdb::getservbyname(&c_name, c_proto.as_deref())
        .map_err(|e| e.into_error(CALL, &input, "service/proto not found"))?;
    entry
        .map(|e| e.port)
        .ok_or_else(|| not_found(CALL, &input, "service/proto not found"))
}

/// getservbyport(port[, protocolname]): the service name.
pub fn getservbyport(port_text: &str, proto: Option<&str>) -> Result<Text> {
    const CALL: &str = "getservbyport";
    let n = parse_int(port_text).map_err(|reason| Error::input(CALL, port_text, reason))?;
    let port = port_number(CALL, port_text, n)?;
    let input = format!("{port}, {}", proto_arg(proto));
    let c_proto = proto
        .map(|p| super::names::c_string(CALL, &input, p))
        .transpose()?;
    let entry = netdb::getservbyport(port, c_proto.as_deref())
        .map_err(|e| e.into_error(CALL, &input, "port/proto not found"))?;
    entry
        .map(|e| e.name)
        .ok_or_else(|| not_found(CALL, &input, "port/proto not found"))
}

/// A port number in 0..=65535, as getservbyport requires.
fn port_number(call: &str, text: &str, n: i128) -> Result<u16> {
    u16::try_from(n).map_err(|_| Error::input(call, text, format!("port must be 0-65535, got {n}")))
}

fn proto_arg(proto: Option<&str>) -> PyArg {
    proto.map_or(PyArg::None, |p| PyArg::Str(p.to_string()))
}

fn not_found(call: &str, input: &str, message: &str) -> Error {
    Error::NotFound {
        call: call.to_string(),
        input: input.to_string(),
        message: message.to_string(),
    }
}

//! The services database, services(5): `sockref service` and the getservbyname and
//! getservbyport mirrors.
//!
//! The verb scans the database with getservent_r so that it can show every row that
//! matches (https has a tcp and a udp line); the mirrors make the single call Python makes.

use serde::Serialize;

use crate::cli::ServiceArgs;
use crate::error::{Error, Result};
use crate::report::Report;
use crate::socket_module::databases::{port_number, proto_arg};
use crate::socket_module::parse::parse_int;
use crate::socket_module::pyargs::PyArg;
use crate::sys::netdb::{self, ServiceEntry};
use crate::text::Text;

/// Every matching row of the services database.
#[derive(Debug, Clone, Serialize)]
pub struct ServiceReport {
    pub query: Option<String>,
    pub proto: Option<String>,
    pub services: Vec<ServiceRow>,
}

impl Report for ServiceReport {}

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
            Ok(n) => Error::not_found(
                "getservbyport",
                format!("{n}, {proto}"),
                "port/proto not found",
            ),
            Err(_) => Error::not_found(
                "getservbyname",
                format!("{}, {proto}", PyArg::Str(q.to_string())),
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

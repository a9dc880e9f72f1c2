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
use crate::sys::netdb::{self, ServiceEntry, ServiceRef};
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

/// What `service` looks for: every row, the rows of a port, or of a name or alias.
enum Wanted<'a> {
    All,
    Port(u16),
    Name(&'a [u8]),
}

impl Wanted<'_> {
    fn matches(&self, e: &ServiceRef<'_>) -> bool {
        match self {
            Wanted::All => true,
            Wanted::Port(port) => e.port() == *port,
            Wanted::Name(name) => e.is_called(name),
        }
    }
}

/// Runs `service`: one scan of the database, keeping only the rows asked for.
pub fn run(args: &ServiceArgs) -> Result<ServiceReport> {
    let query = args.query.as_deref().filter(|_| !args.all);
    let wanted = match query {
        None => Wanted::All,
        Some(q) => match parse_int(q) {
            Ok(n) => Wanted::Port(port_number("getservbyport", q, n)?),
            Err(_) => Wanted::Name(q.as_bytes()),
        },
    };
    let proto = args.proto.as_deref().map(str::as_bytes);
    let keep = |e: ServiceRef<'_>| wanted.matches(&e) && proto.is_none_or(|p| e.proto() == p);
    let services: Vec<ServiceRow> = netdb::services_where(keep)
        .map_err(|e| e.into_error("getservent", "", ""))?
        .into_iter()
        .map(Into::into)
        .collect();
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

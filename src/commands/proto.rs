//! The protocols database, protocols(5): `sockref proto` and the getprotobyname mirror.

use serde::Serialize;

use crate::cli::ProtoArgs;
use crate::error::{Error, Result};
use crate::report::Report;
use crate::socket_module::parse::parse_int;
use crate::socket_module::pyargs::PyArg;
use crate::sys::netdb::{self, ProtocolEntry};
use crate::text::Text;

/// Every matching row of the protocols database.
#[derive(Debug, Clone, Serialize)]
pub struct ProtoReport {
    pub query: Option<String>,
    pub protocols: Vec<ProtoRow>,
}

impl Report for ProtoReport {}

/// One line of protocols(5).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ProtoRow {
    pub name: Text,
    pub number: i32,
    pub aliases: Vec<Text>,
}

impl From<ProtocolEntry> for ProtoRow {
    fn from(e: ProtocolEntry) -> Self {
        ProtoRow {
            name: e.name,
            number: e.number,
            aliases: e.aliases,
        }
    }
}

/// Runs `proto`.
pub fn run(args: &ProtoArgs) -> Result<ProtoReport> {
    let query = args.query.as_deref().filter(|_| !args.all);
    let protocols: Vec<ProtoRow> = match query {
        None => netdb::all_protocols()
            .map_err(|e| e.into_error("getprotoent", "", ""))?
            .into_iter()
            .map(Into::into)
            .collect(),
        Some(q) => match parse_int(q) {
            Ok(n) => {
                let number = i32::try_from(n)
                    .map_err(|_| Error::input("getprotobynumber", q, "does not fit a C int"))?;
                netdb::getprotobynumber(number)
                    .map_err(|e| e.into_error("getprotobynumber", q, "protocol not found"))?
                    .map(Into::into)
                    .into_iter()
                    .collect()
            }
            // Scan rather than call getprotobyname so that every row naming q shows.
            Err(_) => netdb::all_protocols()
                .map_err(|e| e.into_error("getprotoent", "", ""))?
                .into_iter()
                .filter(|e| {
                    e.name.as_bytes() == q.as_bytes()
                        || e.aliases.iter().any(|a| a.as_bytes() == q.as_bytes())
                })
                .map(Into::into)
                .collect(),
        },
    };
    if protocols.is_empty()
        && let Some(q) = query
    {
        let (call, input) = match parse_int(q) {
            Ok(_) => ("getprotobynumber", q.to_string()),
            Err(_) => ("getprotobyname", PyArg::Str(q.to_string()).to_string()),
        };
        return Err(Error::not_found(call, input, "protocol not found"));
    }
    Ok(ProtoReport {
        query: query.map(str::to_string),
        protocols,
    })
}

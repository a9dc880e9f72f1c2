//! The mirrors of the services and protocols databases: getservbyname, getservbyport
//! and getprotobyname.

use super::{Mirror, int_arg, s};
use crate::cli::Command;
use crate::error::Result;
use crate::socket_module::databases;
use crate::socket_module::pyargs::PyArg;

/// The mirror of `command` if it is one of these functions.
pub fn run(command: &Command) -> Option<Result<Mirror>> {
    mirror(command).transpose()
}

fn mirror(command: &Command) -> Result<Option<Mirror>> {
    Ok(Some(match command {
        Command::Getservbyname(a) => Mirror::new(
            "getservbyname",
            vec![
                ("servicename", s(&a.servicename)),
                (
                    "protocolname",
                    a.protocolname.as_deref().map_or(PyArg::None, s),
                ),
            ],
            databases::getservbyname(&a.servicename, a.protocolname.as_deref())?,
        )?,
        Command::Getservbyport(a) => Mirror::new(
            "getservbyport",
            vec![
                ("port", int_arg(&a.port)),
                (
                    "protocolname",
                    a.protocolname.as_deref().map_or(PyArg::None, s),
                ),
            ],
            databases::getservbyport(&a.port, a.protocolname.as_deref())?,
        )?,
        Command::Getprotobyname(a) => Mirror::new(
            "getprotobyname",
            vec![("protocolname", s(&a.protocolname))],
            databases::getprotobyname(&a.protocolname)?,
        )?,
        _ => return Ok(None),
    }))
}

//! The mirrors of the services and protocols databases: getservbyname, getservbyport
//! and getprotobyname.

use super::{Mirror, int_arg, s};
use crate::cli::Command;
use crate::code::Call;
use crate::error::{Error, Result};
use crate::socket_module::databases;
use crate::socket_module::parse::parse_int;
use crate::socket_module::pyargs::PyArg;

/// The mirror of `command` if it is one of these functions.
pub fn run(command: &Command) -> Option<Result<Mirror>> {
    mirror(command).transpose()
}

/// The call `command` makes if it is one of these functions, checked but not made.
pub fn call(command: &Command) -> Option<Result<Call>> {
    plan(command).transpose()
}

fn protocol(name: Option<&str>) -> PyArg {
    name.map_or(PyArg::None, s)
}

fn plan(command: &Command) -> Result<Option<Call>> {
    Ok(Some(match command {
        Command::Getservbyname(a) => Call::new(
            "getservbyname",
            vec![
                ("servicename", s(&a.servicename)),
                ("protocolname", protocol(a.protocolname.as_deref())),
            ],
        ),
        Command::Getservbyport(a) => {
            // The port is checked as the call checks it (a number, 0-65535).
            let n = parse_int(&a.port).map_err(|r| Error::input("getservbyport", &*a.port, r))?;
            databases::port_number("getservbyport", &a.port, n)?;
            Call::new(
                "getservbyport",
                vec![
                    ("port", int_arg(&a.port)),
                    ("protocolname", protocol(a.protocolname.as_deref())),
                ],
            )
        }
        Command::Getprotobyname(a) => {
            Call::new("getprotobyname", vec![("protocolname", s(&a.protocolname))])
        }
        _ => return Ok(None),
    }))
}

fn mirror(command: &Command) -> Result<Option<Mirror>> {
    let Some(call) = plan(command)? else {
        return Ok(None);
    };
    Ok(Some(match command {
        Command::Getservbyname(a) => Mirror::of(
            call,
            databases::getservbyname(&a.servicename, a.protocolname.as_deref())?,
        )?,
        Command::Getservbyport(a) => Mirror::of(
            call,
            databases::getservbyport(&a.port, a.protocolname.as_deref())?,
        )?,
        Command::Getprotobyname(a) => {
            Mirror::of(call, databases::getprotobyname(&a.protocolname)?)?
        }
        _ => return Ok(None),
    }))
}

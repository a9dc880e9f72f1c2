//! The mirrors of the interface functions: if_nameindex, if_nametoindex and
//! if_indextoname.

use super::{Mirror, s};
use crate::cli::Command;
use crate::code::Call;
use crate::error::Result;
use crate::socket_module::interfaces;
use crate::socket_module::pyargs::PyArg;

/// The mirror of `command` if it is one of these functions.
pub fn run(command: &Command) -> Option<Result<Mirror>> {
    mirror(command).transpose()
}

/// The call `command` makes if it is one of these functions, checked but not made.
pub fn call(command: &Command) -> Option<Result<Call>> {
    plan(command).transpose()
}

fn plan(command: &Command) -> Result<Option<Call>> {
    Ok(Some(match command {
        Command::IfNameindex(_) => Call::new("if_nameindex", vec![]),
        Command::IfNametoindex(a) => Call::new("if_nametoindex", vec![("if_name", s(&a.if_name))]),
        Command::IfIndextoname(a) => Call::new(
            "if_indextoname",
            vec![(
                "if_index",
                PyArg::Int(interfaces::parse_index(&a.if_index)?.into()),
            )],
        ),
        _ => return Ok(None),
    }))
}

fn mirror(command: &Command) -> Result<Option<Mirror>> {
    let Some(call) = plan(command)? else {
        return Ok(None);
    };
    Ok(Some(match command {
        Command::IfNameindex(_) => Mirror::of(call, interfaces::if_nameindex()?)?,
        Command::IfNametoindex(a) => Mirror::of(call, interfaces::if_nametoindex(&a.if_name)?)?,
        Command::IfIndextoname(a) => Mirror::of(call, interfaces::if_indextoname(&a.if_index)?)?,
        _ => return Ok(None),
    }))
}

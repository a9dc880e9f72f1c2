//! The interface functions of the socket module: if_nameindex, if_nametoindex and
//! if_indextoname, with Python's errors.

use serde::Serialize;

use super::names::c_string;
use super::parse::parse_int;
use crate::error::{Error, Result};
use crate::sys::ifname;
use crate::text::Text;

/// One entry of if_nameindex(): Python's `(index, name)`.
#[derive(Debug, Clone, Serialize)]
pub struct IfEntry {
    pub index: u32,
    pub name: Text,
}

/// if_nameindex(): every interface, in the C library's order.
pub fn if_nameindex() -> Result<Vec<IfEntry>> {
    let list = ifname::if_nameindex().map_err(|e| e.into_error("if_nameindex", "", ""))?;
    Ok(list
        .into_iter()
        .map(|(index, name)| IfEntry { index, name })
        .collect())
}

/// if_nametoindex(if_name): Python raises OSError "no interface with this name" for a name
/// no interface has.
pub fn if_nametoindex(name: &str) -> Result<u32> {
    const CALL: &str = "if_nametoindex";
    let input = super::pyargs::PyArg::Str(name.to_string()).to_string();
    let c = c_string(CALL, &input, name)?;
    ifname::if_nametoindex(&c)
        .ok_or_else(|| Error::not_found(CALL, input, "no interface with this name"))
}

/// The index argument of if_indextoname: a C unsigned int. (Python 3.11 takes any value
/// below 2**64 and keeps its low 32 bits; later versions refuse what does not fit.)
pub fn parse_index(text: &str) -> Result<u32> {
    let n = parse_int(text).map_err(|r| Error::input("if_indextoname", text, r))?;
    u32::try_from(n).map_err(|_| {
        let why = if n < 0 {
            "can't convert negative value to unsigned int"
        } else {
            "index does not fit a C unsigned int"
        };
        Error::input("if_indextoname", text, why)
    })
}

/// if_indextoname(if_index): ENXIO for an index no interface has.
pub fn if_indextoname(text: &str) -> Result<Text> {
    let index = parse_index(text)?;
    ifname::if_indextoname(index)
        .map_err(|e| e.into_error("if_indextoname", &index.to_string(), ""))
}

//! Function mirrors as tables. A mirror's result is whatever Python returns, so its table
//! is derived from the result's JSON shape: a scalar is one row, a tuple of named fields
//! is a field/value list, a list of records is a table with one column per field (nested
//! records such as `sockaddr` flattened into their own columns).

use serde_json::{Map, Value};

use crate::commands::Script;
use crate::commands::mirror::Mirror;
use crate::output::escape::escape_str;
use crate::output::{Render, Sheet};

impl Render for Mirror {
    fn sheets(&self) -> Vec<Sheet> {
        vec![value_sheet(&self.call_text(), &self.shown)]
    }
}

impl Render for Script {
    fn sheets(&self) -> Vec<Sheet> {
        Vec::new()
    }

    fn raw(&self) -> Option<&[u8]> {
        Some(&self.0)
    }
}

/// The sheet of a call's result.
pub fn value_sheet(call: &str, value: &Value) -> Sheet {
    match value {
        Value::Array(items) if !items.is_empty() && items.iter().all(Value::is_object) => {
            // Columns are the union of every record's fields in order of first appearance
            // (IPv6 socket addresses have two more than IPv4 ones), so every row has the
            // same number of cells.
            let records: Vec<Vec<(String, String)>> =
                items.iter().map(|item| flatten(item.as_object())).collect();
            let mut columns: Vec<String> = Vec::new();
            for (key, _) in records.iter().flatten() {
                if !columns.contains(key) {
                    columns.push(key.clone());
                }
            }
            let headers = std::iter::once("#".to_string()).chain(columns.iter().cloned());
            let mut sheet = Sheet::new(headers).titled(call);
            for (i, fields) in records.iter().enumerate() {
                let cells = columns.iter().map(|column| {
                    fields
                        .iter()
                        .find(|(key, _)| key == column)
                        .map_or_else(String::new, |(_, value)| value.clone())
                });
                sheet.row(std::iter::once(i.to_string()).chain(cells));
            }
            sheet
        }
        Value::Array(items) => {
            let mut sheet = Sheet::new(["#", "value"]).titled(call);
            for (i, item) in items.iter().enumerate() {
                sheet.row([i.to_string(), cell_text(item)]);
            }
            sheet
        }
        Value::Object(map) => {
            let mut sheet = Sheet::new(["field", "value"]).titled(call);
            for (k, v) in map {
                sheet.row([k.clone(), cell_text(v)]);
            }
            sheet
        }
        scalar => {
            let mut sheet = Sheet::new(["call", "result"]);
            sheet.row([call.to_string(), cell_text(scalar)]);
            sheet
        }
    }
}

/// Field names and texts of a record, nested records spread into their own fields.
fn flatten(map: Option<&Map<String, Value>>) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for (k, v) in map.into_iter().flatten() {
        match v {
            Value::Object(inner) => {
                for (ik, iv) in inner {
                    out.push((ik.clone(), cell_text(iv)));
                }
            }
            other => out.push((k.clone(), cell_text(other))),
        }
    }
    out
}

fn cell_text(value: &Value) -> String {
    match value {
        Value::Null => "None".to_string(),
        // Outside text arrives escaped (Mirror::shown); the rest is the program's own.
        Value::String(s) => escape_str(s),
        Value::Array(items) => items.iter().map(cell_text).collect::<Vec<_>>().join(", "),
        Value::Object(map) => map
            .iter()
            .map(|(k, v)| format!("{k}={}", cell_text(v)))
            .collect::<Vec<_>>()
            .join(", "),
        other => other.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn records_become_columns_with_nested_fields_spread() {
        let rows = json!([
            {"family": "AF_INET", "type": "SOCK_STREAM", "proto": 6, "canonname": "",
             "sockaddr": {"address": "127.0.0.1", "port": 80}}
        ]);
        let sheet = value_sheet("getaddrinfo(\"localhost\", 80)", &rows);
        assert_eq!(
            sheet.headers,
            [
                "#",
                "family",
                "type",
                "proto",
                "canonname",
                "address",
                "port"
            ]
        );
        assert_eq!(sheet.rows[0][5].text, "127.0.0.1");
    }

    #[test]
    fn scalars_are_one_row() {
        let sheet = value_sheet("htons(9999)", &json!(3879));
        assert_eq!(sheet.headers, ["call", "result"]);
        assert_eq!(sheet.rows[0][1].text, "3879");
    }

    #[test]
    fn tuples_are_field_lists() {
        let sheet = value_sheet(
            "gethostbyname_ex(\"localhost\")",
            &json!({"hostname": "localhost", "aliaslist": [], "ipaddrlist": ["127.0.0.1"]}),
        );
        assert_eq!(sheet.headers, ["field", "value"]);
        assert_eq!(sheet.rows.len(), 3);
    }
}

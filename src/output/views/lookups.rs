//! Tables for the name, service and protocol lookups.

use super::{error_cell, failure_cell, lines};
use crate::commands::hostname::HostnameReport;
use crate::commands::proto::ProtoReport;
use crate::commands::resolve::ResolveReport;
use crate::commands::reverse::ReverseReport;
use crate::commands::service::ServiceReport;
use crate::output::{Cell, Render, Sheet, Tone};

impl Render for ResolveReport {
    fn sheets(&self) -> Vec<Sheet> {
        let with_port = self.service.is_some();
        let mut headers = vec!["host", "family", "address"];
        if with_port {
            headers.push("port");
        }
        headers.extend(["types", "canonical name", "aliases"]);
        let mut sheet = Sheet::new(headers);
        for entry in &self.results {
            if let Some(error) = &entry.error {
                let mut row = vec![
                    Cell::from(entry.input.as_str()),
                    Cell::toned("-", Tone::Dim),
                    failure_cell(error),
                ];
                row.resize(sheet.headers.len(), Cell::default());
                sheet.row(row);
                continue;
            }
            for a in &entry.addresses {
                let mut address = a.address.to_string();
                if let Some(scope) = a.scope_id {
                    address.push_str(&format!(" (scope {scope})"));
                }
                let mut row = vec![
                    Cell::from(entry.input.as_str()),
                    Cell::from(a.family.to_string()),
                    Cell::toned(address, Tone::Good),
                ];
                if with_port {
                    row.push(Cell::from(
                        a.port.map(|p| p.to_string()).unwrap_or_default(),
                    ));
                }
                row.push(Cell::from(lines(&a.types)));
                row.push(Cell::from(
                    entry
                        .canonname
                        .as_ref()
                        .map(ToString::to_string)
                        .unwrap_or_default(),
                ));
                row.push(Cell::from(lines(&entry.aliases)));
                sheet.row(row);
            }
        }
        vec![sheet]
    }
}

impl Render for ReverseReport {
    fn sheets(&self) -> Vec<Sheet> {
        let mut sheet = Sheet::new(["address", "call", "name", "aliases / service"]);
        for e in &self.results {
            match (&e.gethostbyaddr.result, &e.gethostbyaddr.error) {
                (Some(h), _) => sheet.row([
                    Cell::from(e.input.as_str()),
                    Cell::from("gethostbyaddr"),
                    Cell::toned(h.hostname.to_string(), Tone::Good),
                    Cell::from(lines(&h.aliaslist)),
                ]),
                (None, Some(err)) => sheet.row([
                    Cell::from(e.input.as_str()),
                    Cell::from("gethostbyaddr"),
                    failure_cell(err),
                    Cell::default(),
                ]),
                (None, None) => {}
            }
            match (&e.getnameinfo.result, &e.getnameinfo.error) {
                // Port 0 was asked only to make a socket address; its "service" is no name.
                (Some(n), _) => sheet.row([
                    Cell::from(e.input.as_str()),
                    Cell::from("getnameinfo"),
                    Cell::from(n.host.to_string()),
                    Cell::from(if n.port.as_bytes() == b"0" {
                        String::new()
                    } else {
                        n.port.to_string()
                    }),
                ]),
                (None, Some(err)) => sheet.row([
                    Cell::from(e.input.as_str()),
                    Cell::from("getnameinfo"),
                    failure_cell(err),
                    Cell::default(),
                ]),
                (None, None) => {}
            }
        }
        vec![sheet]
    }
}

impl Render for HostnameReport {
    fn sheets(&self) -> Vec<Sheet> {
        let mut sheet = Sheet::new(["call", "result"]);
        sheet.row(["gethostname()".to_string(), self.hostname.to_string()]);
        let fqdn = match (&self.fqdn, &self.fqdn_error) {
            (Some(fqdn), _) => Cell::from(fqdn.to_string()),
            (None, Some(e)) => error_cell(e),
            (None, None) => Cell::default(),
        };
        sheet.row([Cell::from("getfqdn()"), fqdn]);
        let addresses = match &self.error {
            Some(e) => error_cell(e),
            None => Cell::from(lines(&self.addresses)),
        };
        sheet.row([
            Cell::from(format!("getaddrinfo(\"{}\", None)", self.hostname)),
            addresses,
        ]);
        vec![sheet]
    }
}

impl Render for ServiceReport {
    fn sheets(&self) -> Vec<Sheet> {
        let mut sheet = Sheet::new(["name", "port", "proto", "aliases"]);
        for s in &self.services {
            sheet.row([
                s.name.to_string(),
                s.port.to_string(),
                s.proto.to_string(),
                lines(&s.aliases),
            ]);
        }
        vec![sheet]
    }
}

impl Render for ProtoReport {
    fn sheets(&self) -> Vec<Sheet> {
        let mut sheet = Sheet::new(["name", "number", "aliases"]);
        for p in &self.protocols {
            sheet.row([p.name.to_string(), p.number.to_string(), lines(&p.aliases)]);
        }
        vec![sheet]
    }
}

impl Render for crate::commands::interfaces::InterfacesReport {
    fn sheets(&self) -> Vec<Sheet> {
        let mut sheet = Sheet::new(["index", "name", "flags", "mtu", "addresses"]);
        for i in &self.interfaces {
            let addresses: Vec<String> = i
                .addresses
                .iter()
                .map(|a| {
                    let peer = a
                        .peer
                        .as_ref()
                        .map_or(String::new(), |p| format!(" peer {p}"));
                    format!("{}/{} {}{peer}", a.address, a.prefixlen, a.scope)
                })
                .collect();
            sheet.row([
                i.index.to_string(),
                i.name.to_string(),
                lines(&i.flags),
                i.mtu.map_or(String::new(), |m| m.to_string()),
                lines(&addresses),
            ]);
        }
        vec![sheet]
    }
}

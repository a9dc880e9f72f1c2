//! The `--explain` and `--policy` tables: per lookup, the addresses in getaddrinfo's order
//! with the keys glibc sorts by, the rule between each pair of neighbours, and whether the
//! keys reproduce the order; and the policy tables in force.

use super::failure_cell;
use crate::commands::explain::{Destination, ExplainReport, Explained};
use crate::output::{Cell, Render, Sheet, Tone};
use crate::socket_module::sorting::Policy;
use crate::socket_module::sorting::rules::scope_name;

impl Render for ExplainReport {
    fn sheets(&self) -> Vec<Sheet> {
        let mut sheets = Vec::new();
        if self.show_policy {
            sheets.push(policy_sheet(&self.policy));
        }
        for explained in &self.results {
            let mut sheet = order_sheet(explained, &self.policy);
            if let Some(why) = self.no_address_list.as_ref().filter(|_| explained.sorted) {
                sheet.note(why.clone());
            }
            sheets.push(sheet);
        }
        sheets
    }
}

/// Where the policy came from, in a few words.
fn policy_source(policy: &Policy) -> String {
    match (&policy.file, &policy.unreadable) {
        (None, _) => "glibc's built-in tables (there is no /etc/gai.conf)".into(),
        (Some(file), Some(why)) => format!("glibc's built-in tables ({file} unreadable: {why})"),
        (Some(file), None) if policy.from_file.is_empty() => {
            format!("glibc's built-in tables ({file} sets none)")
        }
        (Some(file), None) => format!("{file} ({})", policy.from_file.join(", ")),
    }
}

fn order_sheet(e: &Explained, policy: &Policy) -> Sheet {
    let headers = [
        "#",
        "destination",
        "source",
        "scope",
        "label",
        "prec",
        "prefix",
    ];
    let mut sheet = Sheet::new(headers);
    if let Some(error) = &e.error {
        sheet = sheet.titled(format!("{}: no answer", e.input));
        let mut row = vec![Cell::from("-"), failure_cell(error)];
        row.resize(headers.len(), Cell::default());
        sheet.row(row);
        return sheet;
    }
    let n = e.destinations.len();
    let plural = if n == 1 { "" } else { "es" };
    sheet = sheet.titled(format!(
        "{}: {n} address{plural}, in getaddrinfo's order",
        e.input
    ));
    for d in &e.destinations {
        sheet.row(destination_row(d));
    }
    for s in &e.steps {
        let verdict = if s.agrees { "before" } else { "NOT before" };
        sheet.note(format!(
            "{} {verdict} {}: rule {}, {}",
            s.first, s.second, s.rule, s.reason
        ));
    }
    sheet.note(format!("policy: {}", policy_source(policy)));
    sheet.note(if !e.sorted {
        "one address: getaddrinfo has nothing to sort".to_string()
    } else if e.reproduced {
        "sorting by these keys as glibc sorts gives the order getaddrinfo returned".to_string()
    } else {
        "sorting by these keys as glibc sorts does NOT give the order getaddrinfo returned"
            .to_string()
    });
    sheet
}

/// A destination's key and its source's, once when they agree.
fn pair(destination: String, source: Option<String>) -> Cell {
    match source {
        Some(s) if s != destination => Cell::toned(format!("{destination} vs {s}"), Tone::Bad),
        _ => Cell::from(destination),
    }
}

fn destination_row(d: &Destination) -> Vec<Cell> {
    let k = &d.keys;
    let mut destination = k.destination.to_string();
    if let Some(scope) = d.scope_id {
        destination.push_str(&format!("%{scope}"));
    }
    let source = match &k.source {
        Some(s) => {
            let mut text = s.address.to_string();
            if let Some(name) = &d.interface {
                text.push_str(&format!(" ({name})"));
            }
            Cell::from(text)
        }
        None => Cell::toned("none: no route", Tone::Bad),
    };
    let short = |scope: u32| scope_name(scope).trim_end_matches("-local").to_string();
    vec![
        Cell::from(d.position.to_string()),
        Cell::toned(destination, Tone::Good),
        source,
        pair(short(k.scope), k.source_scope.map(short)),
        pair(k.label.to_string(), k.source_label.map(|l| l.to_string())),
        Cell::from(k.precedence.to_string()),
        Cell::from(k.common_prefix.map_or("-".into(), |p| p.to_string())),
    ]
}

fn policy_sheet(policy: &Policy) -> Sheet {
    let mut sheet = Sheet::new(["table", "prefix", "value", "from"])
        .titled(format!("getaddrinfo's policy: {}", policy_source(policy)));
    let origin = |table: &str, implicit: bool| {
        if implicit {
            Cell::toned("added by glibc", Tone::Dim)
        } else if policy.from_file.contains(&table) {
            Cell::from("file")
        } else {
            Cell::toned("built-in", Tone::Dim)
        }
    };
    for (table, rows) in [
        ("precedence", &policy.precedence),
        ("label", &policy.labels),
    ] {
        for r in rows {
            sheet.row([
                Cell::from(table),
                Cell::from(format!("{}/{}", r.prefix, r.bits)),
                Cell::from(r.value.to_string()),
                origin(table, r.implicit),
            ]);
        }
    }
    for r in &policy.scopev4 {
        sheet.row([
            Cell::from("scopev4"),
            Cell::from(format!("{}/{}", r.network, r.bits)),
            Cell::from(format!("{} ({})", r.value, scope_name(r.value))),
            origin("scopev4", r.implicit),
        ]);
    }
    for i in &policy.ignored {
        sheet.note(format!(
            "line {} ignored ({}): {}",
            i.line, i.reason, i.text
        ));
    }
    if policy.reload {
        sheet.note("reload yes: glibc re-reads the file when it changes");
    }
    sheet.note("the first row of a table that holds an address gives its value; IPv4 matches as ::ffff:a.b.c.d");
    sheet
}

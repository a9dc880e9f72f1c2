//! Tables for `const`: one per group, titled with what the group holds; a hex column for
//! the groups of flags and addresses. `const --decode`: the flags of one value.

use crate::commands::constants::{ConstReport, ConstRow};
use crate::commands::decode::DecodeReport;
use crate::output::{Render, Sheet};
use crate::reference::constants::{HAS_IPV6, SOCKET_GROUPS};

impl Render for ConstReport {
    fn sheets(&self) -> Vec<Sheet> {
        let mut sheets = Vec::new();
        // Rows come group by group, so each run of one group is one sheet.
        for run in self.constants.chunk_by(|a, b| a.group == b.group) {
            sheets.push(group_sheet(run));
        }
        sheets
    }
}

fn group_sheet(rows: &[ConstRow]) -> Sheet {
    let group = rows.first().map_or("", |r| r.group);
    let with_hex = rows.iter().any(|r| r.hex.is_some());
    let headers: &[&str] = if with_hex {
        &["name", "value", "hex", "meaning"]
    } else {
        &["name", "value", "meaning"]
    };
    let mut sheet = Sheet::new(headers.iter().copied()).titled(title(group));
    for r in rows {
        let mut cells = vec![r.name.to_string(), r.value.to_string()];
        if with_hex {
            cells.push(r.hex.clone().unwrap_or_default());
        }
        cells.push(r.meaning.to_string());
        sheet.row(cells);
    }
    sheet
}

impl Render for DecodeReport {
    fn sheets(&self) -> Vec<Sheet> {
        let mut sheet = Sheet::new(["name", "value", "hex", "meaning"])
            .titled(format!("{} = {}", self.hex, self.names));
        for f in &self.flags {
            sheet.row([
                f.name.to_string(),
                f.value.to_string(),
                f.hex.clone(),
                f.meaning.to_string(),
            ]);
        }
        if let Some(rest) = &self.rest {
            sheet.note(format!("{rest}: bits with no {}_ name", self.group));
        }
        vec![sheet]
    }
}

fn title(group: &str) -> String {
    match SOCKET_GROUPS.iter().find(|g| g.group.prefix == group) {
        Some(g) if g.group.members.len() > 1 => {
            // errno names (EAGAIN) have no underscore after their prefix.
            let separator = format!("{group}_");
            let under = g
                .group
                .members
                .iter()
                .all(|c| c.name.starts_with(&separator));
            format!("{group}{}*: {}", if under { "_" } else { "" }, g.about)
        }
        Some(g) => format!("{group}: {}", g.about),
        None => format!("{group}: {}", HAS_IPV6.about),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::commands::constants::catalogue;

    #[test]
    fn one_sheet_per_group_and_hex_only_for_flags() {
        let report = ConstReport {
            constants: catalogue(true),
        };
        let sheets = report.sheets();
        assert_eq!(sheets.len(), SOCKET_GROUPS.len() + 1);
        let title_of = |s: &Sheet| s.title.clone().unwrap_or_default();
        let msg = sheets
            .iter()
            .find(|s| title_of(s).starts_with("MSG_*"))
            .expect("a MSG sheet");
        assert_eq!(msg.headers, ["name", "value", "hex", "meaning"]);
        let af = &sheets[0];
        assert!(title_of(af).starts_with("AF_*: address families"));
        assert_eq!(af.headers, ["name", "value", "meaning"]);
        assert!(title_of(&sheets[sheets.len() - 1]).starts_with("has_ipv6"));
    }
}

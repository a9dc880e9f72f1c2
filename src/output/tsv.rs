//! Tab-separated values for awk and cut: a header line, then one line per row. Tabs and
//! newlines inside a value are escaped like every other control character, so a row is
//! always exactly one line with a fixed number of fields.

use super::escape::escape_str;
use super::sheet::Sheet;

/// Renders sheets as TSV; several sheets are separated by a blank line.
pub fn render(sheets: &[Sheet]) -> String {
    let mut out = String::new();
    for (i, sheet) in sheets.iter().filter(|s| !s.headers.is_empty()).enumerate() {
        if i > 0 {
            out.push('\n');
        }
        push_line(&mut out, sheet.headers.iter().map(String::as_str));
        for row in &sheet.rows {
            push_line(&mut out, row.iter().map(|c| c.text.as_str()));
        }
    }
    out
}

fn push_line<'a>(out: &mut String, fields: impl Iterator<Item = &'a str>) {
    for (i, field) in fields.enumerate() {
        if i > 0 {
            out.push('\t');
        }
        // Multi-line cells (lists) become comma-separated in one field.
        out.push_str(&escape_str(&field.replace('\n', ", ")));
    }
    out.push('\n');
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_line_per_row_even_with_hostile_text() {
        let mut sheet = Sheet::new(["name", "value"]);
        sheet.row(["a\tb", "c\x1bd"]);
        sheet.row(["x\ny", "z"]);
        let tsv = render(&[sheet]);
        assert_eq!(tsv, "name\tvalue\na\\x09b\tc\\x1bd\nx, y\tz\n");
    }
}

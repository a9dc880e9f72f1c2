//! Tables for people: comfy-table with UTF-8 borders on a terminal, ASCII when piped or
//! asked, colour only when [`Style::color`] says so.

use comfy_table::{Attribute, Color, ColumnConstraint, ContentArrangement, Table, Width, presets};

use super::Style;
use super::escape::escape_str;
use super::sheet::{Sheet, Tone};

/// Renders sheets as text tables, a blank line between them.
pub fn render(sheets: &[Sheet], style: &Style) -> String {
    let mut out = String::new();
    for (i, sheet) in sheets.iter().enumerate() {
        if i > 0 {
            out.push('\n');
        }
        if let Some(title) = &sheet.title {
            out.push_str(&paint(&escape_str(title), style.color));
            out.push('\n');
        }
        if !sheet.headers.is_empty() {
            out.push_str(&table(sheet, style).to_string());
            out.push('\n');
        }
        for note in &sheet.notes {
            out.push_str(&escape_str(note));
            out.push('\n');
        }
    }
    out
}

fn table(sheet: &Sheet, style: &Style) -> Table {
    let mut table = Table::new();
    table.load_style(if style.ascii {
        presets::ASCII_MARKDOWN
    } else {
        presets::UTF8_FULL_CONDENSED
    });
    if style.terminal {
        // Wrap long cells to the width found once at start-up; comfy-table's own reading
        // of the terminal would take a pty's 0x0 at its word.
        table.set_content_arrangement(ContentArrangement::Dynamic);
        table.set_width(style.width);
    } else {
        table.force_no_tty();
        if style.color {
            table.enforce_styling();
        }
    }
    if style.color {
        // The styling library drops colours (not bold) on its own when NO_COLOR is set;
        // `--color auto` already took NO_COLOR into account, and `always` means always.
        crossterm::style::force_color_output(true);
    }
    let header = sheet.headers.iter().map(|h| {
        let cell = comfy_table::Cell::new(escape_separator(&escape_str(h), style.ascii));
        if style.color {
            cell.add_attribute(Attribute::Bold)
        } else {
            cell
        }
    });
    table.set_header(header.collect::<Vec<_>>());
    for row in &sheet.rows {
        let cells = row.iter().map(|c| {
            let cell =
                comfy_table::Cell::new(escape_separator(&escape_lines(&c.text), style.ascii));
            match (style.color, c.tone) {
                (true, Tone::Good) => cell.fg(Color::Green),
                (true, Tone::Bad) => cell.fg(Color::Red),
                (true, Tone::Dim) => cell.add_attribute(Attribute::Dim),
                _ => cell,
            }
        });
        table.add_row(cells.collect::<Vec<_>>());
    }
    for &(index, width) in &sheet.max_widths {
        if let Some(column) = table.column_mut(index) {
            column.set_constraint(ColumnConstraint::UpperBoundary(Width::Fixed(width)));
        }
    }
    table
}

fn paint(title: &str, color: bool) -> String {
    if color {
        format!("\x1b[1m{title}\x1b[0m")
    } else {
        title.to_string()
    }
}

/// The column separator of the border style, written `\|` (Markdown's own escape) or
/// `\u{2502}` inside a cell, so that no text can fake a column.
fn escape_separator(text: &str, ascii: bool) -> String {
    if ascii {
        text.replace('|', "\\|")
    } else {
        text.replace('\u{2502}', "\\u{2502}")
    }
}

/// Escapes each line of a cell; the line breaks a view put between list items stay.
fn escape_lines(text: &str) -> String {
    text.split('\n')
        .map(escape_str)
        .collect::<Vec<_>>()
        .join("\n")
}

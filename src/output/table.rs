//! Tables for people: comfy-table with UTF-8 borders on a terminal, ASCII when piped or
//! asked, colour only when [`Style::color`] says so.

use comfy_table::{Attribute, Color, ColumnConstraint, ContentArrangement, Table, Width, presets};

use unicode_width::UnicodeWidthStr;

use super::escape::escape_str;
use super::fit::{self, Fitted};
use super::sheet::{Sheet, Tone};
use super::{Layout, Style};

/// Renders sheets as text tables, a blank line between them. On a terminal each sheet is
/// fitted to its width ([`fit`]): empty columns left out, words never split, records when a
/// table cannot fit, and titles and notes wrapped between words.
pub fn render(sheets: &[Sheet], style: &Style) -> String {
    let mut out = String::new();
    for (i, sheet) in sheets.iter().enumerate() {
        if i > 0 {
            out.push('\n');
        }
        let fitted;
        let (sheet, shape) = if style.terminal {
            fitted = fit::without_empty_columns(sheet);
            let shape = fit::fit(&fitted, usize::from(style.width), style.layout);
            (&fitted, Some(shape))
        } else if style.layout == Layout::Records {
            (sheet, Some(Fitted::Records))
        } else {
            (sheet, None)
        };
        if let Some(title) = &sheet.title {
            for line in prose(&escape_str(title), style) {
                out.push_str(&paint(&line, style.color));
                out.push('\n');
            }
        }
        if !sheet.headers.is_empty() {
            match shape {
                Some(Fitted::Records) => out.push_str(&records(sheet, style)),
                Some(Fitted::Table { widths }) => {
                    out.push_str(&table(sheet, style, Some(&widths)).to_string());
                    out.push('\n');
                }
                None => {
                    out.push_str(&table(sheet, style, None).to_string());
                    out.push('\n');
                }
            }
        }
        for note in &sheet.notes {
            for line in prose(&escape_str(note), style) {
                out.push_str(&line);
                out.push('\n');
            }
        }
    }
    out
}

/// A title or note: on a terminal wrapped between words to its width, else one line.
fn prose(text: &str, style: &Style) -> Vec<String> {
    if style.terminal {
        fit::wrap_words(text, usize::from(style.width))
    } else {
        vec![text.to_string()]
    }
}

/// The rows as records: a `-[ N ]-` line, then one line per field, its name in a column
/// and its value wrapped between words beside it.
fn records(sheet: &Sheet, style: &Style) -> String {
    let label = sheet.headers.iter().map(|h| h.width()).max().unwrap_or(0);
    let width = usize::from(style.width).max(label + 10);
    let value_width = width - label - 2;
    let mut out = String::new();
    for (n, row) in sheet.rows.iter().enumerate() {
        let rule = format!("-[ {} ]", n + 1);
        let fill = "-".repeat(
            width
                .min(label + 2 + value_width)
                .saturating_sub(rule.len())
                .min(20),
        );
        out.push_str(&paint(&format!("{rule}{fill}"), style.color));
        out.push('\n');
        for (header, cell) in sheet.headers.iter().zip(row) {
            let text = escape_lines(&cell.text);
            let lines = fit::wrap_words(&text, value_width);
            for (i, line) in lines.iter().enumerate() {
                let name = if i == 0 {
                    escape_str(header)
                } else {
                    String::new()
                };
                let pad = label.saturating_sub(name.width());
                let line = format!(
                    "{name}{}  {}",
                    " ".repeat(pad),
                    tone(line, cell.tone, style)
                );
                out.push_str(line.trim_end());
                out.push('\n');
            }
        }
    }
    out
}

/// `text` in the colour of its tone, when colour is on.
fn tone(text: &str, tone: Tone, style: &Style) -> String {
    let code = match (style.color, tone) {
        (true, Tone::Good) => "32",
        (true, Tone::Bad) => "31",
        (true, Tone::Dim) => "2",
        _ => return text.to_string(),
    };
    format!("\x1b[{code}m{text}\x1b[0m")
}

/// A comfy table of `sheet`. With `widths` (on a terminal) each cell is wrapped between
/// words to its column's width beforehand, so the table is exactly as wide as they say;
/// without, a column of prose is kept to the width its view asked for.
fn table(sheet: &Sheet, style: &Style, widths: Option<&[usize]>) -> Table {
    let mut table = Table::new();
    table.load_style(if style.ascii {
        presets::ASCII_MARKDOWN
    } else {
        presets::UTF8_FULL_CONDENSED
    });
    // Widths are decided here (or the cells keep their length), never by comfy-table's
    // reading of the terminal, which would take a pty's 0x0 at its word.
    table.force_no_tty();
    table.set_content_arrangement(ContentArrangement::Disabled);
    if style.color {
        table.enforce_styling();
    }
    let fitted = |c: usize, text: &str| match widths.and_then(|w| w.get(c)) {
        Some(&w) => fit::wrap_words(text, w).join("\n"),
        None => text.to_string(),
    };
    if style.color {
        // The styling library drops colours (not bold) on its own when NO_COLOR is set;
        // `--color auto` already took NO_COLOR into account, and `always` means always.
        crossterm::style::force_color_output(true);
    }
    let header = sheet.headers.iter().enumerate().map(|(c, h)| {
        let text = fitted(c, &escape_str(h));
        let cell = comfy_table::Cell::new(escape_separator(&text, style.ascii));
        if style.color {
            cell.add_attribute(Attribute::Bold)
        } else {
            cell
        }
    });
    table.set_header(header.collect::<Vec<_>>());
    for row in &sheet.rows {
        let cells = row.iter().enumerate().map(|(i, c)| {
            let text = fitted(i, &escape_lines(&c.text));
            let cell = comfy_table::Cell::new(escape_separator(&text, style.ascii));
            match (style.color, c.tone) {
                (true, Tone::Good) => cell.fg(Color::Green),
                (true, Tone::Bad) => cell.fg(Color::Red),
                (true, Tone::Dim) => cell.add_attribute(Attribute::Dim),
                _ => cell,
            }
        });
        table.add_row(cells.collect::<Vec<_>>());
    }
    if widths.is_none() {
        for &(index, width) in &sheet.max_widths {
            if let Some(column) = table.column_mut(index) {
                column.set_constraint(ColumnConstraint::UpperBoundary(Width::Fixed(width)));
            }
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

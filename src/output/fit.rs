//! Fitting a table to the terminal without breaking what must stay whole.
//!
//! A number, an address, a name or a constant split over two lines (`SOCK_ST` / `REAM`)
//! is misread or cannot be copied, so on a terminal a table only ever wraps between words:
//! each column is at least as wide as its longest word. When even that is wider than the
//! terminal the rows are shown as records, one `field  value` block per row, like psql's
//! expanded display. Columns empty in every row are left out; piped output keeps the
//! full-width table, every column.

use unicode_width::UnicodeWidthStr;

use super::Layout;
use super::sheet::Sheet;

/// What a sheet becomes on a terminal of a given width.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Fitted {
    /// A table with these column widths (content only), each at least its longest word.
    Table { widths: Vec<usize> },
    /// One block per row.
    Records,
}

/// The characters of a table's borders and padding around `columns` columns: `│ a │ b │`.
fn chrome(columns: usize) -> usize {
    3 * columns + 1
}

/// The display width of the longest word in `text` (lines and spaces separate words).
pub fn longest_word(text: &str) -> usize {
    text.split_whitespace()
        .map(UnicodeWidthStr::width)
        .max()
        .unwrap_or(0)
}

/// The display width of the longest line of `text`.
fn longest_line(text: &str) -> usize {
    text.lines().map(UnicodeWidthStr::width).max().unwrap_or(0)
}

/// Each column's widest line, or longest word, over its header and cells; a column the
/// view keeps narrow for prose counts at most that wide (but never below a word).
fn measure(sheet: &Sheet, of: fn(&str) -> usize) -> Vec<usize> {
    (0..sheet.headers.len())
        .map(|c| {
            let cells = sheet
                .rows
                .iter()
                .filter_map(|r| r.get(c))
                .map(|cell| of(&cell.text));
            cells
                .chain([of(&sheet.headers[c])])
                .max()
                .unwrap_or(0)
                .max(1)
        })
        .collect()
}

/// How `sheet` (empty columns already left out) fits `width` columns under `layout`.
pub fn fit(sheet: &Sheet, width: usize, layout: Layout) -> Fitted {
    let least = measure(sheet, longest_word);
    let mut natural = measure(sheet, longest_line);
    for &(index, cap) in &sheet.max_widths {
        if let (Some(n), Some(&l)) = (natural.get_mut(index), least.get(index)) {
            *n = (*n).min(usize::from(cap)).max(l);
        }
    }
    let room = width.saturating_sub(chrome(least.len()));
    let fits = least.iter().sum::<usize>() <= room;
    // One row that has to wrap reads better as one record: `errno ECONNREFUSED` is a
    // screen of one narrow column as a table, a few lines as a record.
    let one_wrapped_row = sheet.rows.len() == 1 && natural.iter().sum::<usize>() > room;
    match layout {
        Layout::Records => Fitted::Records,
        Layout::Auto if (!fits || one_wrapped_row) && !sheet.rows.is_empty() => Fitted::Records,
        // Forced to a table that cannot fit: words are split, as the user asked.
        Layout::Table if !fits => Fitted::Table {
            widths: share(&vec![1; least.len()], &natural, room),
        },
        _ => Fitted::Table {
            widths: share(&least, &natural, room),
        },
    }
}

/// Column widths between `least` and `natural` that use at most `room`: every column gets
/// its least, then what is left goes out in equal shares to the columns that want more,
/// a column taking no more than it wants (water filling).
fn share(least: &[usize], natural: &[usize], room: usize) -> Vec<usize> {
    let mut widths = least.to_vec();
    let mut left = room.saturating_sub(widths.iter().sum());
    loop {
        let wanting: Vec<usize> = (0..widths.len())
            .filter(|&c| widths[c] < natural[c])
            .collect();
        if wanting.is_empty() || left == 0 {
            return widths;
        }
        let each = (left / wanting.len()).max(1);
        for c in wanting {
            let give = each.min(natural[c] - widths[c]).min(left);
            widths[c] += give;
            left -= give;
        }
    }
}

/// The sheet without the columns that are empty in every row (a header alone is no
/// content); a sheet without rows keeps its columns.
pub fn without_empty_columns(sheet: &Sheet) -> Sheet {
    if sheet.rows.is_empty() {
        return sheet.clone();
    }
    let keep: Vec<bool> = (0..sheet.headers.len())
        .map(|c| {
            sheet
                .rows
                .iter()
                .any(|r| r.get(c).is_some_and(|cell| !cell.text.trim().is_empty()))
        })
        .collect();
    let mut fitted = sheet.clone();
    fitted.headers = kept(&sheet.headers, &keep);
    fitted.rows = sheet.rows.iter().map(|r| kept(r, &keep)).collect();
    // A column's index moves when columns before it go.
    fitted.max_widths = sheet
        .max_widths
        .iter()
        .filter(|(i, _)| keep.get(*i).copied().unwrap_or(false))
        .map(|&(i, w)| (keep[..i].iter().filter(|k| **k).count(), w))
        .collect();
    fitted
}

fn kept<T: Clone>(items: &[T], keep: &[bool]) -> Vec<T> {
    items
        .iter()
        .zip(keep)
        .filter(|(_, k)| **k)
        .map(|(item, _)| item.clone())
        .collect()
}

/// `text` in lines of at most `width` display columns, broken between words only (a word
/// wider than that gets a line of its own); the text's own line breaks stay.
pub fn wrap_words(text: &str, width: usize) -> Vec<String> {
    let mut lines = Vec::new();
    for paragraph in text.split('\n') {
        let mut line = String::new();
        for word in paragraph.split_whitespace() {
            let wanted = line.width() + 1 + word.width();
            if !line.is_empty() && wanted > width {
                lines.push(std::mem::take(&mut line));
            }
            if !line.is_empty() {
                line.push(' ');
            }
            line.push_str(word);
        }
        lines.push(line);
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sheet() -> Sheet {
        let mut s = Sheet::new(["host", "canonical name", "address"]);
        s.row(["localhost", "", "127.0.0.1"]);
        s.row(["example.com", "", "2001:db8::1"]);
        s
    }

    #[test]
    fn empty_columns_are_left_out() {
        let s = without_empty_columns(&sheet());
        assert_eq!(s.headers, ["host", "address"]);
        assert_eq!(s.rows[1][1].text, "2001:db8::1");
    }

    #[test]
    fn a_table_fits_when_its_longest_words_do() {
        let s = without_empty_columns(&sheet());
        // 11 + 11 + 7 of borders.
        assert_eq!(
            fit(&s, 29, Layout::Auto),
            Fitted::Table {
                widths: vec![11, 11]
            }
        );
        assert_eq!(fit(&s, 28, Layout::Auto), Fitted::Records);
        assert_eq!(
            fit(&s, 80, Layout::Auto),
            Fitted::Table {
                widths: vec![11, 11]
            }
        );
        assert_eq!(fit(&s, 200, Layout::Records), Fitted::Records);
    }

    #[test]
    fn spare_room_goes_to_the_columns_that_want_it() {
        assert_eq!(share(&[4, 4, 4], &[4, 30, 10], 24), vec![4, 10, 10]);
        assert_eq!(share(&[4, 4], &[6, 6], 100), vec![6, 6]);
    }

    #[test]
    fn prose_wraps_between_words_and_keeps_long_words_whole() {
        assert_eq!(
            wrap_words("no candidate connected; create", 12),
            ["no candidate", "connected;", "create"]
        );
        assert_eq!(
            wrap_words("TIME_WAIT_IS_LONG x", 4),
            ["TIME_WAIT_IS_LONG", "x"]
        );
        assert_eq!(wrap_words("a\nb c", 10), ["a", "b c"]);
        // As the top-level help wraps command summaries.
        let lines = wrap_words("a bb ccc dddd eeeee", 8);
        assert_eq!(lines, ["a bb ccc", "dddd", "eeeee"]);
        assert!(lines.iter().all(|l| l.len() <= 8));
        assert_eq!(
            wrap_words("unbreakable_word_here", 5),
            ["unbreakable_word_here"]
        );
    }
}

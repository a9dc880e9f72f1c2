//! The renderer-neutral form of a report: titled tables of text cells. Views build
//! sheets from reports; the table and TSV writers turn sheets into bytes.

/// How a cell should stand out on a colour terminal.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Tone {
    #[default]
    Plain,
    /// A success: resolved, accepted, passed.
    Good,
    /// A failure: an error, a rejection.
    Bad,
    /// Secondary information.
    Dim,
}

/// One cell: its text (escaped again by the writers) and its tone.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Cell {
    pub text: String,
    pub tone: Tone,
}

impl Cell {
    /// A cell with the given tone.
    pub fn toned(text: impl Into<String>, tone: Tone) -> Self {
        Cell {
            text: text.into(),
            tone,
        }
    }
}

impl<T: Into<String>> From<T> for Cell {
    fn from(text: T) -> Self {
        Cell {
            text: text.into(),
            tone: Tone::Plain,
        }
    }
}

/// A titled table with optional notes printed under it.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Sheet {
    pub title: Option<String>,
    pub headers: Vec<String>,
    pub rows: Vec<Vec<Cell>>,
    pub notes: Vec<String>,
    /// The widest a column may be in a table, in characters, by column index; longer text
    /// wraps at word boundaries. TSV ignores it.
    pub max_widths: Vec<(usize, u16)>,
}

impl Sheet {
    /// An empty sheet with these column headers.
    pub fn new<H: Into<String>>(headers: impl IntoIterator<Item = H>) -> Self {
        Sheet {
            headers: headers.into_iter().map(Into::into).collect(),
            ..Sheet::default()
        }
    }

    /// Sets the title shown above the table.
    pub fn titled(mut self, title: impl Into<String>) -> Self {
        self.title = Some(title.into());
        self
    }

    /// Wraps the text of column `index` in tables at `width` characters.
    pub fn wrapped(mut self, index: usize, width: u16) -> Self {
        self.max_widths.push((index, width));
        self
    }

    /// Appends a row.
    pub fn row<C: Into<Cell>>(&mut self, cells: impl IntoIterator<Item = C>) {
        self.rows.push(cells.into_iter().map(Into::into).collect());
    }

    /// Appends a note shown under the table (not in TSV).
    pub fn note(&mut self, note: impl Into<String>) {
        self.notes.push(note.into());
    }
}

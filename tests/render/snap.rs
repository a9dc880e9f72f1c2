//! How the view snapshots are taken: a report rendered in every format with fixed styling
//! (ASCII, no colour, not a terminal), or the binary run as a person pipes it, as a table
//! and with `--json`.

use sockref::output::{self, Format, Layout, Render, Style};

use crate::support::cli::sockref;

/// The style of piped output: ASCII tables, no colour.
pub fn style(format: Format) -> Style {
    Style {
        format,
        ascii: true,
        color: false,
        terminal: false,
        width: 80,
        layout: Layout::Auto,
    }
}

/// `report` as a table, TSV and JSON, one after the other.
pub fn render_all(report: &dyn Render) -> String {
    let mut out = String::new();
    for (name, format) in [
        ("table", Format::Table),
        ("tsv", Format::Tsv),
        ("json", Format::Json),
    ] {
        let bytes = output::render(report, &style(format)).expect("render");
        out.push_str(&format!("--- {name}\n{}", String::from_utf8_lossy(&bytes)));
    }
    out
}

/// `sockref ARGS...` piped, then `sockref ARGS... --json`: the command lines, exit statuses
/// and outputs, stderr included when there is any.
pub fn run_both(args: &[&str]) -> String {
    let mut out = String::new();
    for json in [false, true] {
        let mut cmd = sockref();
        cmd.args(args);
        if json {
            cmd.arg("--json");
        }
        let output = cmd.output().expect("run sockref");
        let line = args.join(" ") + if json { " --json" } else { "" };
        out.push_str(&format!(
            "$ sockref {line}\n{}",
            String::from_utf8_lossy(&output.stdout)
        ));
        if !output.stderr.is_empty() {
            out.push_str(&format!(
                "--- stderr\n{}",
                String::from_utf8_lossy(&output.stderr)
            ));
        }
        out.push_str(&format!(
            "--- exit {}\n",
            output.status.code().unwrap_or(-1)
        ));
    }
    out
}

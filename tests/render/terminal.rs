//! Tables as a person sees them in a terminal: run in a pseudo-terminal of 60, 80 and 120
//! columns (util-linux `script`, `stty cols`), and in tmux at 80x24 read back with
//! capture-pane. No line may be wider than the terminal (but for one word wider than it),
//! and every word of the full-width table that a pipe gets must appear unbroken.

use std::process::Command;

use unicode_width::UnicodeWidthStr;

use crate::support::skip;
use crate::support::tmux::Window;

/// Commands whose answers are the same on every host, or near enough: wide tables, long
/// prose cells, many columns, titles and notes.
const COMMANDS: &[&str] = &[
    "byteorder 9999",
    "byteorder 18446744073709551615",
    "resolve localhost",
    "resolve 127.0.0.1 ::1 --explain",
    "resolve --policy",
    "getaddrinfo None 443 --flags passive",
    "getaddrinfo localhost 80",
    "errno ECONNREFUSED",
    "errno --search refused",
    "const SO_KEEPALIVE",
    "const --prefix IPPROTO",
    "inet ::ffff:192.0.2.1",
    "inet 127.1",
    "keepalive",
    "sockopt",
    "service https",
    "proto tcp",
    "getnameinfo 127.0.0.1 80",
    "gethostbyname_ex localhost",
    "errno --kind eai --list",
];

fn sockref() -> &'static str {
    env!("CARGO_BIN_EXE_sockref")
}

/// `sockref ARGS` in a pseudo-terminal `columns` wide, as its screen shows it.
fn on_terminal(args: &str, columns: u16) -> String {
    // stderr stays out: an error is one line whatever the width (DESIGN.md section 4).
    let line = format!(
        "stty cols {columns} rows 50; {} --color never {args} 2>/dev/null",
        sockref()
    );
    let out = Command::new("script")
        .args(["-qec", &line, "/dev/null"])
        .output()
        .expect("run script");
    String::from_utf8_lossy(&out.stdout).replace("\r\n", "\n")
}

/// `sockref ARGS` piped: the full-width table.
fn piped(args: &str) -> String {
    let out = Command::new(sockref())
        .args(args.split_whitespace())
        .output()
        .expect("run sockref");
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// The words of a piped table: its cells' and its prose's, without borders. Header lines
/// are left out: a column empty in every row is not shown on a terminal, header and all.
fn words(table: &str) -> Vec<String> {
    let lines: Vec<&str> = table.lines().collect();
    let header = |i: usize| lines.get(i + 1).is_some_and(|next| next.starts_with("|-"));
    lines
        .iter()
        .enumerate()
        .filter(|&(i, l)| !l.starts_with("|-") && !header(i))
        .map(|(_, l)| *l)
        .flat_map(|l| {
            l.split('|')
                .flat_map(str::split_whitespace)
                .map(str::to_string)
                .collect::<Vec<_>>()
        })
        // An escaped separator is written differently with each border style.
        .filter(|w| !w.contains('\\'))
        .collect()
}

/// Checks one screen against the piped table of the same command.
fn check(args: &str, screen: &str, columns: usize, full: &str) {
    for line in screen.lines() {
        let wide = line.width() > columns;
        let one_long_word = line.split_whitespace().any(|w| w.width() > columns - 2);
        assert!(
            !wide || one_long_word,
            "`{args}` at {columns}: a line of {}:\n{screen}",
            line.width()
        );
    }
    let text: String = screen.lines().collect::<Vec<_>>().join("\n");
    for word in words(full) {
        assert!(
            text.contains(&word),
            "`{args}` at {columns}: `{word}` is broken or lost:\n{screen}"
        );
    }
}

#[test]
fn tables_fit_60_80_and_120_columns_without_breaking_a_word() {
    if !skip::require("script", &["--version"]) {
        return;
    }
    for args in COMMANDS {
        let full = piped(args);
        for columns in [60u16, 80, 120] {
            check(
                args,
                &on_terminal(args, columns),
                usize::from(columns),
                &full,
            );
        }
    }
}

#[test]
fn records_on_request_and_tables_when_piped() {
    let records = on_terminal("--layout records resolve localhost", 120);
    assert!(records.starts_with("-[ 1 ]"), "{records}");
    assert!(
        records.contains("\naddress         127.0.0.1\n"),
        "{records}"
    );
    // One error at 80 columns is a record, not a screen of one narrow column.
    let errno = on_terminal("errno ECONNREFUSED", 80);
    assert!(errno.lines().count() <= 14, "{errno}");
    assert!(piped("byteorder 9999").starts_with("9999 = 0x270f"));
    assert!(piped("byteorder 9999").contains("| htons(9999) = 3879 (0x0f27)"));
}

/// `sockref ARGS` in a tmux window of 80x24, read back with capture-pane.
fn in_tmux(args: &str) -> String {
    let line = format!("{} --color never {args} 2>/dev/null; sleep 30", sockref());
    Window::start(&line, 80, 24).settled()
}

#[test]
fn four_commands_read_back_from_tmux_at_80x24() {
    if !skip::require("tmux", &["-V"]) {
        return;
    }
    for args in [
        "byteorder 9999",
        "getaddrinfo None 443 --flags passive",
        "keepalive",
        "resolve ::1 --explain",
    ] {
        let screen = in_tmux(args);
        check(args, &screen, 80, &piped(args));
    }
}

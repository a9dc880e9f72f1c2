//! Generated files are checked in and must equal what the code generates now: the five
//! completion scripts (from `sockref completions`), the man pages in docs/man/ (from
//! the clap definitions: sockref(1) and a page per subcommand) and docs/reference.md (from
//! the socket module's catalogue). `SOCKREF_BLESS=1 cargo test --test render generated`
//! rewrites them.

use std::path::{Path, PathBuf};

use assert_cmd::Command;
use clap::CommandFactory;

const SHELLS: [(&str, &str); 5] = [
    ("bash", "sockref.bash"),
    ("zsh", "_sockref"),
    ("fish", "sockref.fish"),
    ("elvish", "sockref.elv"),
    ("powershell", "_sockref.ps1"),
];

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn blessing() -> bool {
    std::env::var_os("SOCKREF_BLESS").is_some_and(|v| v == "1")
}

/// Compares `path` with `fresh`, or rewrites it when blessing.
fn check(path: &Path, fresh: &[u8]) {
    if blessing() {
        std::fs::write(path, fresh).expect("write generated file");
        return;
    }
    let stored = std::fs::read(path).unwrap_or_default();
    assert!(
        stored == fresh,
        "{} differs from what sockref generates; run `SOCKREF_BLESS=1 cargo test --test render generated` and commit",
        path.display()
    );
}

#[test]
fn completion_scripts_are_current() {
    for (shell, file) in SHELLS {
        let output = Command::cargo_bin("sockref")
            .expect("binary")
            .args(["completions", shell])
            .output()
            .expect("run sockref completions");
        assert!(output.status.success(), "completions {shell} failed");
        assert!(
            !output.stdout.is_empty(),
            "completions {shell} wrote nothing"
        );
        check(&root().join("completions").join(file), &output.stdout);
    }
}

/// The sections of the main page that clap's definitions do not hold, in roff.
const MAIN_PAGE_SECTIONS: &str = r#".SH "EXIT STATUS"
.TP
0
The question was answered, or the check passed.
.TP
1
The platform answered no (a name not found, a service unknown, a connection refused), a
check failed, or a call missed its deadline.
.TP
2
Bad input, a usage error, or a system error the user must fix.
.TP
130
Interrupted by Ctrl\-C.
.SH ENVIRONMENT
.TP
NO_COLOR
When set and not empty, no colour with \fB\-\-color auto\fR (\fB\-\-color always\fR still colours).
.TP
TERM
\fBdumb\fR turns colour off with \fB\-\-color auto\fR.
.TP
COLUMNS
The width of tables when the terminal does not report one.
.SH EXAMPLES
.TP
sockref resolve example.com
The addresses a program gets from getaddrinfo, with families, socket types and canonical name.
.TP
sockref byteorder 9999
A number at 16, 32 and 64 bits in host and network byte order.
.TP
sockref service https
Every services(5) row of a name or port.
.TP
sockref errno ECONNREFUSED
An errno value with its message, the socket calls that return it and its usual cause.
.TP
sockref \-\-json getaddrinfo localhost 80
The mirror of Python's socket.getaddrinfo, as JSON.
.SH "SEE ALSO"
getent(1), getaddrinfo(3), getnameinfo(3), services(5), protocols(5), socket(7), ip(7),
ipv6(7), tcp(7), udp(7), unix(7), errno(3)
"#;

/// A subcommand's examples (the `$ ...` lines its help ends with) as an EXAMPLES section.
fn examples_section(sub: &clap::Command) -> String {
    let help = sub
        .get_after_help()
        .map(ToString::to_string)
        .unwrap_or_default();
    let mut section = String::from(".SH EXAMPLES\n.nf\n");
    for line in help.lines().filter_map(|l| l.trim().strip_prefix("$ ")) {
        // roff: a backslash is written `\e`, a leading dot or quote would be a request.
        section.push_str(&line.replace('\\', "\\e").replace('-', "\\-"));
        section.push('\n');
    }
    section.push_str(".fi\n");
    section
}

/// One section-rendering function of clap_mangen.
type PagePart = fn(&clap_mangen::Man, &mut Vec<u8>) -> std::io::Result<()>;

/// The man pages: sockref(1) and one sockref-COMMAND(1) per subcommand, in docs/man/.
fn man_pages() -> Vec<(PathBuf, Vec<u8>)> {
    let dir = root().join("docs/man");
    let main = sockref::cli::Cli::command();
    let man = clap_mangen::Man::new(main.clone());
    let mut page = Vec::new();
    let parts: [PagePart; 5] = [
        |m, w| m.render_title(w),
        |m, w| m.render_name_section(w),
        |m, w| m.render_synopsis_section(w),
        |m, w| m.render_description_section(w),
        |m, w| m.render_options_section(w),
    ];
    for part in parts {
        part(&man, &mut page).expect("render the main page");
    }
    man.render_subcommands_section(&mut page)
        .expect("render the subcommands");
    page.extend_from_slice(MAIN_PAGE_SECTIONS.as_bytes());
    man.render_version_section(&mut page)
        .expect("render the version");
    let mut pages = vec![(dir.join("sockref.1"), page)];
    // Built, so that each subcommand carries the global options and its full name.
    let mut built = main;
    built.build();
    for sub in built.get_subcommands().filter(|s| s.get_name() != "help") {
        // Building named it `sockref-NAME` for display and `sockref NAME` for the synopsis.
        let name = format!("sockref-{}", sub.get_name());
        assert_eq!(sub.get_display_name(), Some(name.as_str()));
        let man = clap_mangen::Man::new(sub.clone());
        let mut page = Vec::new();
        for part in parts {
            part(&man, &mut page).expect("render a subcommand's page");
        }
        page.extend_from_slice(examples_section(sub).as_bytes());
        man.render_version_section(&mut page)
            .expect("render the version");
        pages.push((dir.join(format!("{name}.1")), page));
    }
    pages
}

#[test]
fn man_pages_are_current_and_every_reference_has_a_page() {
    let pages = man_pages();
    if blessing() {
        std::fs::create_dir_all(root().join("docs/man")).expect("docs/man");
    }
    for (path, page) in &pages {
        check(path, page);
    }
    // Every sockref-NAME(1) the main page points to exists, and no stale page is left.
    let main = String::from_utf8_lossy(&pages[0].1).into_owned();
    let names: Vec<String> = pages
        .iter()
        .filter_map(|(p, _)| p.file_stem().map(|s| s.to_string_lossy().into_owned()))
        .collect();
    for reference in main.split("sockref-").skip(1) {
        let sub: String = reference
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '_' || *c == '\\')
            .filter(|c| *c != '\\')
            .collect();
        assert!(
            names.contains(&format!("sockref-{sub}")),
            "no page for sockref-{sub}"
        );
    }
    let on_disk = std::fs::read_dir(root().join("docs/man"))
        .expect("docs/man")
        .count();
    assert_eq!(
        on_disk,
        pages.len(),
        "docs/man holds pages sockref no longer makes"
    );
    let resolve = pages.iter().find(|(p, _)| p.ends_with("sockref-resolve.1"));
    let resolve = resolve.map(|(_, page)| String::from_utf8_lossy(page).into_owned());
    assert!(resolve.is_some_and(|r| r.contains("sockref resolve example.com")));
}

#[test]
fn the_reference_document_is_current() {
    let doc = sockref::output::reference_md::document();
    assert!(doc.contains("### getaddrinfo"), "no getaddrinfo entry");
    check(&root().join("docs/reference.md"), doc.as_bytes());
}

/// The guide's tables of socket methods and module functions name every function and
/// method the reference has, so that none is missing from the overview.
#[test]
fn the_guide_lists_every_function_and_method() {
    use sockref::reference::module::{Kind, entries};
    let guide = std::fs::read_to_string(root().join("docs/guide.md")).expect("docs/guide.md");
    let tables: String = guide
        .split("## 8. The module at a glance")
        .nth(1)
        .expect("the guide's module section")
        .to_string();
    for e in entries().filter(|e| matches!(e.kind, Kind::Function | Kind::Method)) {
        let bare = e.name.trim_start_matches("socket.");
        assert!(
            tables.contains(&format!("`{bare}`")),
            "docs/guide.md's tables do not name {}",
            e.name
        );
    }
}

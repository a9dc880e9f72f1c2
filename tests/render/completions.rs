//! TAB completion in real shells, from the checked-in scripts of completions/: bash with
//! bash-completion (and without it), fish, and zsh typed into a tmux window as a person
//! would. The scripts run the sockref under test (first on PATH), so what they offer is
//! what this build reads from this machine: constants, option names, error codes, and the
//! services and protocols databases, which are compared with getent's.

use std::collections::BTreeSet;
use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::process::Command;

use crate::support::skip::{require, skip};
use crate::support::tmux::Window;

/// bash-completion's loader, as Debian installs it.
const BASH_COMPLETION: &str = "/usr/share/bash-completion/bash_completion";

fn script(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("completions")
        .join(name)
}

/// PATH with the directory of the sockref under test first.
fn path_with_sockref() -> OsString {
    let bin = Path::new(env!("CARGO_BIN_EXE_sockref"));
    let dir = bin.parent().expect("the binary's directory");
    let mut paths = vec![dir.to_path_buf()];
    paths.extend(std::env::split_paths(
        &std::env::var_os("PATH").unwrap_or_default(),
    ));
    std::env::join_paths(paths).expect("a PATH")
}

fn set<S: AsRef<str>>(items: &[S]) -> BTreeSet<String> {
    items.iter().map(|s| s.as_ref().to_string()).collect()
}

/// A directory holding one file, to show that a value which is not a path never
/// completes to it.
fn directory_with_a_file() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("a temporary directory");
    std::fs::write(dir.path().join("zz-a-file"), "").expect("a file");
    dir
}

/// The names and aliases starting with `prefix` in a database as `getent DATABASE` lists
/// it (name, number or port, then aliases).
fn getent_names(database: &str, prefix: &str) -> BTreeSet<String> {
    let out = Command::new("getent")
        .arg(database)
        .output()
        .expect("run getent");
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .flat_map(|line| {
            let mut words = line.split_whitespace();
            let name = words.next();
            let aliases = words.skip(1);
            name.into_iter()
                .chain(aliases)
                .map(str::to_string)
                .collect::<Vec<_>>()
        })
        .filter(|n| n.starts_with(prefix))
        .collect()
}

/// The standard output of a shell run in `dir` with the sockref under test on PATH, which
/// must succeed (`what` names the case in a failure).
fn stdout_of(mut shell: Command, dir: &Path, what: &str) -> String {
    let out = shell
        .env("PATH", path_with_sockref())
        .current_dir(dir)
        .output()
        .expect("run the shell");
    assert!(
        out.status.success(),
        "{what}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// What bash offers (COMPREPLY) for the last of `words`, split as readline splits a line
/// (`--family`, `=`, `AF_IN` for `--family=AF_IN`), with bash-completion loaded or not.
fn bash_tab(words: &[&str], with_bash_completion: bool, dir: &Path) -> Vec<String> {
    let mut line = String::new();
    for (i, w) in words.iter().enumerate() {
        let glued = *w == "=" || words.get(i.wrapping_sub(1)) == Some(&"=");
        if i > 0 && !glued {
            line.push(' ');
        }
        line.push_str(w);
    }
    let program = format!(
        r#"{load}
source '{script}'
COMP_WORDS=("$@"); COMP_CWORD=$(( $# - 1 ))
COMP_LINE=$LINE; COMP_POINT=${{#COMP_LINE}}
_sockref sockref "${{COMP_WORDS[COMP_CWORD]}}" "${{COMP_WORDS[COMP_CWORD-1]}}"
printf '%s\n' "${{COMPREPLY[@]}}""#,
        load = if with_bash_completion {
            format!("source {BASH_COMPLETION}")
        } else {
            String::new()
        },
        script = script("sockref.bash").display(),
    );
    let mut bash = Command::new("bash");
    bash.args(["--norc", "-c", &program, "bash"])
        .args(words)
        .env("LINE", line);
    stdout_of(bash, dir, &format!("{words:?}"))
        .lines()
        .filter(|l| !l.is_empty())
        .map(str::to_string)
        .collect()
}

fn bash_ready() -> bool {
    if !require("bash", &["--version"]) {
        return false;
    }
    if !Path::new(BASH_COMPLETION).exists() {
        skip(format!(
            "{BASH_COMPLETION} is missing (apt-get install bash-completion)"
        ));
        return false;
    }
    true
}

#[test]
fn bash_completes_values_from_this_machine() {
    if !bash_ready() {
        return;
    }
    let dir = directory_with_a_file();
    let tab = |words: &[&str]| set(&bash_tab(words, true, dir.path()));
    assert_eq!(
        tab(&["sockref", "const", "SO_RCVB"]),
        set(&["SO_RCVBUF", "SO_RCVBUFFORCE"])
    );
    assert_eq!(
        tab(&["sockref", "service", "ht"]),
        getent_names("services", "ht")
    );
    assert_eq!(
        tab(&["sockref", "proto", "ud"]),
        getent_names("protocols", "ud")
    );
    assert_eq!(
        tab(&["sockref", "errno", "ECONNR"]),
        set(&["ECONNREFUSED", "ECONNRESET"])
    );
    assert_eq!(
        tab(&[
            "sockref",
            "getaddrinfo",
            "x",
            "80",
            "--flags",
            "AI_PASSIVE,AI_CANONN"
        ]),
        set(&["AI_PASSIVE,AI_CANONNAME"])
    );
    // readline splits `--family=AF_IN` at the `=`; bash replaces only the part after it.
    assert_eq!(
        tab(&[
            "sockref",
            "getaddrinfo",
            "x",
            "80",
            "--family",
            "=",
            "AF_IN"
        ]),
        set(&["AF_INET", "AF_INET6"])
    );
    assert_eq!(
        tab(&["sockref", "sockopt", "--set", "SO_RCVB"]),
        set(&["SO_RCVBUF="])
    );
    assert_eq!(
        tab(&["sockref", "completions", ""]),
        set(&["bash", "zsh", "fish", "elvish", "powershell"])
    );
    let types = tab(&["sockref", "sockopt", "--type", ""]);
    assert!(
        types.contains("SOCK_STREAM") && types.contains("SOCK_DGRAM"),
        "{types:?}"
    );
}

#[test]
fn bash_offers_file_names_only_for_paths() {
    if !bash_ready() {
        return;
    }
    let dir = directory_with_a_file();
    for words in [
        &["sockref", "htons", ""][..],
        &["sockref", "--timeout", ""],
        &["sockref", "const", ""],
        &["sockref", "sockopt", "--family", ""],
        &["sockref", "service", "zz"],
    ] {
        let offered = bash_tab(words, true, dir.path());
        assert!(
            !offered.iter().any(|o| o.contains("zz-a-file")),
            "{words:?}: {offered:?}"
        );
    }
    let file = bash_tab(&["sockref", "resolve", "--file", ""], true, dir.path());
    assert!(file.contains(&"zz-a-file".to_string()), "{file:?}");
    // A name with glob and blank characters is offered once, quoted for the shell, and
    // never expanded against the directory.
    std::fs::write(dir.path().join("zz *.txt"), "").expect("a file");
    let odd = bash_tab(&["sockref", "resolve", "--file", "zz"], true, dir.path());
    assert!(odd.contains(&r"zz\ \*.txt".to_string()), "{odd:?}");
    assert!(odd.contains(&"zz-a-file".to_string()), "{odd:?}");
    assert_eq!(odd.len(), 2, "{odd:?}");
}

#[test]
fn bash_completes_without_bash_completion_too() {
    if !require("bash", &["--version"]) {
        return;
    }
    let dir = directory_with_a_file();
    let offered = bash_tab(&["sockref", "errno", "EWOULD"], false, dir.path());
    assert_eq!(offered, ["EWOULDBLOCK"]);
    let flags = bash_tab(
        &[
            "sockref",
            "getnameinfo",
            "::1",
            "80",
            "--flags",
            "NI_NUMERICH",
        ],
        false,
        dir.path(),
    );
    assert_eq!(flags, ["NI_NUMERICHOST"]);
    // Words readline split at an = are joined again; past `NAME=` there is no list.
    let family = bash_tab(
        &[
            "sockref",
            "getaddrinfo",
            "x",
            "80",
            "--family",
            "=",
            "AF_IN",
        ],
        false,
        dir.path(),
    );
    assert_eq!(set(&family), set(&["AF_INET", "AF_INET6"]));
    let value = bash_tab(
        &["sockref", "sockopt", "--set", "SO_RCVBUF", "=", ""],
        false,
        dir.path(),
    );
    assert!(value.is_empty(), "{value:?}");
    // Inside an open quote the candidate goes in as it is, without backslashes.
    let quoted = bash_tab(
        &[
            "sockref",
            "getaddrinfo",
            "x",
            "80",
            "--flags",
            "'AI_CANONNAME|AI_PASSI",
        ],
        false,
        dir.path(),
    );
    assert_eq!(quoted, ["AI_CANONNAME|AI_PASSIVE"]);
    // An earlier word in quotes reaches sockref without them.
    let unquoted = bash_tab(&["sockref", "'errno'", "EWOULD"], false, dir.path());
    assert_eq!(unquoted, ["EWOULDBLOCK"]);
}

/// What fish offers for `line` (`complete -C`), as value and description.
fn fish_tab(line: &str, dir: &Path) -> Vec<(String, String)> {
    let program = format!(
        "source '{}'; complete -C '{line}'",
        script("sockref.fish").display()
    );
    let mut fish = Command::new("fish");
    fish.args(["--no-config", "-c", &program]);
    stdout_of(fish, dir, line)
        .lines()
        .map(|l| match l.split_once('\t') {
            Some((value, about)) => (value.to_string(), about.to_string()),
            None => (l.to_string(), String::new()),
        })
        .collect()
}

#[test]
fn fish_completes_values_with_their_meaning() {
    if !require("fish", &["--version"]) {
        return;
    }
    let dir = directory_with_a_file();
    let values = |line: &str| -> BTreeSet<String> {
        fish_tab(line, dir.path())
            .into_iter()
            .map(|(v, _)| v)
            .collect()
    };
    assert_eq!(
        values("sockref const SO_RCVB"),
        set(&["SO_RCVBUF", "SO_RCVBUFFORCE"])
    );
    assert_eq!(values("sockref service ht"), getent_names("services", "ht"));
    assert_eq!(
        values("sockref getaddrinfo x 80 --flags AI_PASSIVE,AI_CANONN"),
        set(&["AI_PASSIVE,AI_CANONNAME"])
    );
    assert!(values("sockref htons ").iter().all(|v| v.starts_with('-')));
    // Beside each value, what it is: the constant's value and meaning, the ports.
    let errno = fish_tab("sockref errno ECONNREF", dir.path());
    assert_eq!(errno.len(), 1, "{errno:?}");
    assert!(errno[0].1.starts_with("111: "), "{errno:?}");
    let https = fish_tab("sockref service https", dir.path());
    assert!(
        https
            .iter()
            .any(|(v, about)| v == "https" && about.contains("443/tcp")),
        "{https:?}"
    );
}

/// A zsh in a tmux window with compinit and the completion loaded from a directory in
/// `$fpath` (as `_sockref`), or by sourcing the file after compinit.
fn zsh_window(home: &Path, from_fpath: bool) -> Window {
    let functions = home.join("functions");
    std::fs::create_dir_all(&functions).expect("a functions directory");
    std::fs::copy(script("_sockref"), functions.join("_sockref")).expect("copy _sockref");
    let load = if from_fpath {
        "fpath=(~/functions $fpath)\nautoload -Uz compinit && compinit -u -D\n".to_string()
    } else {
        format!(
            "autoload -Uz compinit && compinit -u -D\nsource {}\n",
            script("_sockref").display()
        )
    };
    std::fs::write(home.join(".zshrc"), format!("{load}PS1='ready> '\n")).expect(".zshrc");
    let path = path_with_sockref();
    let command = format!(
        "env -i HOME='{home}' ZDOTDIR='{home}' PATH='{path}' TERM=xterm zsh -i",
        home = home.display(),
        path = path.to_string_lossy(),
    );
    let window = Window::start(&command, 80, 24);
    window.showing("ready>");
    window
}

/// The screen after typing `line` and pressing TAB twice (once to insert what all the
/// candidates share, once to list them).
fn zsh_tab(window: &Window, line: &str) -> String {
    window.keys(&["C-u", line, "Tab"]);
    window.settled();
    window.keys(&["Tab"]);
    let screen = window.settled();
    window.keys(&["C-c"]);
    window.keys(&["C-l"]);
    screen
}

#[test]
fn zsh_lists_values_as_a_person_sees_them() {
    if !require("zsh", &["--version"]) || !require("tmux", &["-V"]) {
        return;
    }
    for from_fpath in [true, false] {
        let home = tempfile::tempdir().expect("a home");
        let window = zsh_window(home.path(), from_fpath);
        let screen = zsh_tab(&window, "sockref const SO_RCVB");
        assert!(screen.contains("sockref const SO_RCVBUF"), "{screen}");
        assert!(screen.contains("SO_RCVBUFFORCE  -- 33: "), "{screen}");
        let screen = zsh_tab(&window, "sockref service http");
        assert!(screen.contains("https"), "{screen}");
        assert!(screen.contains("443/tcp"), "{screen}");
        let screen = zsh_tab(&window, "sockref errno ECONNR");
        assert!(
            screen.contains("ECONNREFUSED") && screen.contains("ECONNRESET"),
            "{screen}"
        );
        let screen = zsh_tab(
            &window,
            "sockref getaddrinfo x 80 --flags AI_PASSIVE,AI_CANONN",
        );
        assert!(
            screen.contains("--flags AI_PASSIVE,AI_CANONNAME"),
            "{screen}"
        );
    }
}

/// The install lines the README gives for `shell`: the ```sh block of its "Shell
/// completions" section that starts with `# SHELL`.
fn readme_install_lines(shell: &str) -> String {
    let readme = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md"))
        .expect("README.md");
    let section = readme
        .split("\n## ")
        .find(|s| s.starts_with("Shell completions"))
        .expect("a Shell completions section");
    section
        .split("```sh\n")
        .skip(1)
        .filter_map(|block| block.split("```").next())
        .find(|block| block.starts_with(&format!("# {shell}\n")))
        .unwrap_or_else(|| panic!("no install block for {shell}"))
        .to_string()
}

/// The README's install lines run for a new account (a home holding only what Debian's
/// /etc/skel gives bash users), then a new interactive shell of that account completes.
#[test]
fn readme_install_lines_work_on_a_fresh_account() {
    if !require("tmux", &["-V"]) || !bash_ready() {
        return;
    }
    for shell in ["bash", "zsh", "fish"] {
        if !require(shell, &["--version"]) {
            continue;
        }
        let home = tempfile::tempdir().expect("a home");
        if shell == "bash" {
            let Ok(skel) = std::fs::read("/etc/skel/.bashrc") else {
                skip("/etc/skel/.bashrc is missing (it comes with Debian's bash)");
                return;
            };
            std::fs::write(home.path().join(".bashrc"), skel).expect(".bashrc");
        }
        let lines = readme_install_lines(shell);
        let mut install = Command::new("bash");
        install.args(["-e", "-c", &lines]).env("HOME", home.path());
        stdout_of(install, home.path(), &format!("{shell}: {lines}"));
        let command = format!(
            "env -i HOME='{home}' PATH='{path}' TERM=xterm {shell} -i",
            home = home.path().display(),
            path = path_with_sockref().to_string_lossy(),
        );
        let window = Window::start(&command, 80, 24);
        window.settled();
        // The first TAB inserts what the candidates share (SO_RCVBUF); readline lists them
        // only on the second TAB after one that inserted nothing.
        window.keys(&["sockref const SO_RCVB"]);
        let mut screen = String::new();
        for _ in 0..3 {
            window.keys(&["Tab"]);
            screen = window.settled();
            if screen.contains("SO_RCVBUFFORCE") {
                break;
            }
        }
        assert!(screen.contains("SO_RCVBUFFORCE"), "{shell}:\n{screen}");
    }
}

/// elvish and PowerShell are not at hand to press TAB in; their scripts (clap_complete's)
/// run sockref as below, and sockref must answer them.
#[test]
fn elvish_and_powershell_get_answers_in_their_form() {
    let sockref = env!("CARGO_BIN_EXE_sockref");
    let answer = |shell: &str, words: &[&str]| {
        let out = Command::new(sockref)
            .arg("--")
            .args(words)
            .env("SOCKREF_COMPLETE", shell)
            .env("_CLAP_IFS", "\n")
            .env("_CLAP_COMPLETE_INDEX", (words.len() - 1).to_string())
            .output()
            .expect("run sockref");
        assert!(out.status.success(), "{shell} {words:?}");
        String::from_utf8_lossy(&out.stdout).into_owned()
    };
    let elvish = answer("elvish", &["sockref", "const", "SO_RCVB"]);
    assert_eq!(
        set(&elvish.lines().collect::<Vec<_>>()),
        set(&["SO_RCVBUF", "SO_RCVBUFFORCE"])
    );
    let powershell = answer("powershell", &["sockref", "errno", "ECONNREF"]);
    assert!(
        powershell.starts_with("ECONNREFUSED\t111: "),
        "{powershell}"
    );
    for (file, shell) in [("sockref.elv", "elvish"), ("_sockref.ps1", "powershell")] {
        let text = std::fs::read_to_string(script(file)).expect("the script");
        assert!(
            text.contains("SOCKREF_COMPLETE") && text.contains(shell),
            "{file}"
        );
    }
}

#[test]
fn an_unknown_shell_is_one_error_line() {
    let out = Command::new(env!("CARGO_BIN_EXE_sockref"))
        .args(["--", "sockref", "const", ""])
        .env("SOCKREF_COMPLETE", "tcsh")
        .output()
        .expect("run sockref");
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(
        stderr.contains("tcsh") && stderr.contains("bash, zsh, fish"),
        "{stderr}"
    );
}

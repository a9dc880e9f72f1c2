//! The shells' side of completion: the script each shell loads, which on every TAB runs
//! `SOCKREF_COMPLETE=SHELL sockref -- WORDS...`, and the way the candidates are written
//! back to that shell.
//!
//! bash and zsh have scripts of sockref's own. clap_complete's bash script falls back to
//! bash's default completion (file names) whenever the candidates are empty, so `htons
//! <TAB>` offered the files of the current directory; it also hands bash's words to the
//! program as bash split them, at `=` and `:`, so `--set SO_RCVBUF=` and `--flags=AI_`
//! reach the parser in pieces. Ours joins them back (with bash-completion's word splitter
//! where it is loaded) and offers nothing when nothing fits. The zsh script is also ours so
//! that it works both ways zsh loads it: sourced, and autoloaded from `fpath`, where the
//! file is the body of `_sockref` and must complete at once. fish, elvish and PowerShell
//! use clap_complete's scripts as they are.

use std::ffi::OsString;
use std::io::{self, Write};
use std::path::Path;

use clap_complete::engine::CompletionCandidate;
use clap_complete::env::{self, EnvCompleter};

/// The variable that turns a run of sockref into a completion request, naming the shell.
pub const SHELL_VAR: &str = "SOCKREF_COMPLETE";

/// The variable holding the index of the word being completed (bash and zsh).
const INDEX_VAR: &str = "SOCKREF_COMPLETE_INDEX";

const BASH_SCRIPT: &str = r#"# bash completion for sockref. Every TAB asks sockref itself, so constants, option names,
# services and protocols come from this machine when the key is pressed.

# _sockref_unquote WORD VAR: WORD as the command will get it, into VAR (its quotes or
# backslashes removed).
_sockref_unquote() {
    local word=$1 out= i c
    case $word in
    \'*\' | \"*\") out=${word:1:${#word}-2} ;;
    \'* | \"*) out=${word:1} ;;
    *)
        for ((i = 0; i < ${#word}; i++)); do
            c=${word:i:1}
            if [[ $c == \\ ]]; then
                ((i++))
                c=${word:i:1}
            fi
            out+=$c
        done
        ;;
    esac
    printf -v "$2" '%s' "$out"
}

_sockref() {
    local cur words cword i w
    # bash splits words at = and : (COMP_WORDBREAKS); sockref wants them whole.
    if declare -F _comp_get_words >/dev/null 2>&1; then
        _comp_get_words -n =: cur words cword
    elif declare -F _get_comp_words_by_ref >/dev/null 2>&1; then
        _get_comp_words_by_ref -n =: cur words cword
    else
        # Without bash-completion: the words up to the cursor, joined again where readline
        # split them at an = or a :.
        words=()
        for ((i = 0; i <= COMP_CWORD; i++)); do
            w=${COMP_WORDS[i]}
            if ((${#words[@]} > 1)) && [[ $w == [=:] || ${words[${#words[@]} - 1]} == *[=:] ]]; then
                words[${#words[@]} - 1]+=$w
            else
                words+=("$w")
            fi
        done
        cword=$((${#words[@]} - 1))
        cur=${words[cword]}
    fi
    local -a earlier=()
    for ((i = 0; i < cword; i++)); do
        _sockref_unquote "${words[i]}" w
        earlier+=("$w")
    done
    local value before
    _sockref_unquote "$cur" value
    # bash replaces only the part of the word after its last break ($2): what comes
    # before it stays, so it is cut from every candidate.
    _sockref_unquote "${cur%"$2"}" before
    local found candidate
    # (stderr is closed around the group: inside $(...) a redirection costs bash a fork.)
    {
        found=$(SOCKREF_COMPLETE=bash SOCKREF_COMPLETE_INDEX=$cword \
            sockref -- "${earlier[@]}" "$value")
    } 2>/dev/null || return 0
    COMPREPLY=()
    # One candidate per line, read without word splitting or globbing.
    while IFS= read -r candidate; do
        [[ -z $candidate ]] && continue
        candidate=${candidate#"$before"}
        # Inside an open quote bash inserts the text as it is; outside it must be quoted.
        if [[ $cur != [\'\"]* && ($candidate == *[[:space:]\|\&\;\<\>\(\)\$\`\'\"\\\*\?\[\]]* ||
            $candidate == [~#]*) ]]; then
            printf -v candidate '%q' "$candidate"
        fi
        COMPREPLY+=("$candidate")
    done <<<"$found"
    # A name that takes its value next (SO_RCVBUF=) or a directory: no space after it.
    if [[ ${#COMPREPLY[@]} -eq 1 && ${COMPREPLY[0]} == *[=/] ]]; then
        compopt -o nospace 2>/dev/null
    fi
    return 0
}
complete -F _sockref sockref
"#;

const ZSH_SCRIPT: &str = r#"#compdef sockref
# zsh completion for sockref. Every TAB asks sockref itself, so constants, option names,
# services and protocols come from this machine when the key is pressed. Load it from a
# directory in $fpath (as the file _sockref) or source it after compinit.
_sockref() {
    local -a found values continued directories
    local line value
    # The words before the cursor without their quoting; zsh has already taken an open
    # quote off the word being completed ($PREFIX).
    {
        found=("${(@f)$(SOCKREF_COMPLETE=zsh SOCKREF_COMPLETE_INDEX=$((CURRENT - 1)) \
            sockref -- "${(@Q)words[1,CURRENT-1]}" "${(Q)PREFIX}")}")
    } 2>/dev/null
    for line in $found; do
        [[ -z $line ]] && continue
        value=${line%%:*}
        if [[ $value == */ ]]; then
            directories+=("${value%/}${line#"$value"}")
        elif [[ $value == *= ]]; then
            continued+=("$line")
        else
            values+=("$line")
        fi
    done
    # A directory goes on with a /, a name ending in = with its value: no space after.
    local ret=1
    (( $#directories )) && _describe -V directories directories -S / -r / && ret=0
    (( $#continued )) && _describe -V values continued -S '' && ret=0
    (( $#values )) && _describe -V values values && ret=0
    return ret
}
if [[ ${zsh_eval_context[-1]} == loadautofunc ]]; then
    # Autoloaded from $fpath: this file is the body of _sockref, run for this TAB.
    _sockref "$@"
else
    compdef _sockref sockref
fi
"#;

/// A shell whose script is sockref's own: its name, the script, and how one candidate is
/// written back to it.
pub struct Scripted {
    name: &'static str,
    script: &'static str,
    write: fn(&mut dyn Write, &CompletionCandidate) -> io::Result<()>,
}

/// bash: one value per line.
pub const BASH: Scripted = Scripted {
    name: "bash",
    script: BASH_SCRIPT,
    write: |buf, candidate| writeln!(buf, "{}", candidate.get_value().to_string_lossy()),
};

/// zsh: `value:description` lines for `_describe`, with a `:` or `\` of the value escaped.
pub const ZSH: Scripted = Scripted {
    name: "zsh",
    script: ZSH_SCRIPT,
    write: |buf, candidate| {
        let value = candidate.get_value().to_string_lossy();
        let value = value.replace('\\', "\\\\").replace(':', "\\:");
        match candidate.get_help() {
            Some(help) => {
                let help = help.to_string();
                writeln!(buf, "{value}:{}", help.lines().next().unwrap_or_default())
            }
            None => writeln!(buf, "{value}"),
        }
    },
};

impl EnvCompleter for Scripted {
    fn name(&self) -> &'static str {
        self.name
    }
    fn is(&self, name: &str) -> bool {
        name == self.name
    }
    fn write_registration(
        &self,
        _var: &str,
        _name: &str,
        _bin: &str,
        _completer: &str,
        buf: &mut dyn Write,
    ) -> io::Result<()> {
        buf.write_all(self.script.as_bytes())
    }
    fn write_complete(
        &self,
        cmd: &mut clap::Command,
        mut args: Vec<OsString>,
        current_dir: Option<&Path>,
        buf: &mut dyn Write,
    ) -> io::Result<()> {
        let index = word_index(&args);
        if args.len() == index {
            args.push(OsString::new());
        }
        for candidate in offered(cmd, args, index, current_dir)? {
            // One per line: a value with a newline in it cannot be offered.
            if !candidate.get_value().to_string_lossy().contains('\n') {
                (self.write)(buf, &candidate)?;
            }
        }
        Ok(())
    }
}

/// The engine's candidates for the word at `index`, options left out while the word is
/// empty and a value fits there: `completions <TAB>` lists the shells, `completions -<TAB>`
/// the options.
fn offered(
    cmd: &mut clap::Command,
    args: Vec<OsString>,
    index: usize,
    current_dir: Option<&Path>,
) -> io::Result<Vec<CompletionCandidate>> {
    let empty = args.get(index).is_none_or(|w| w.is_empty());
    let found = clap_complete::engine::complete(cmd, args, index, current_dir)?;
    let is_option = |c: &CompletionCandidate| c.get_value().to_string_lossy().starts_with('-');
    if empty && found.iter().any(|c| !is_option(c)) {
        Ok(found.into_iter().filter(|c| !is_option(c)).collect())
    } else {
        Ok(found)
    }
}

/// The index of the word being completed, as the script passed it; the last word when
/// it passed none.
fn word_index(args: &[OsString]) -> usize {
    std::env::var(INDEX_VAR)
        .ok()
        .and_then(|i| i.parse().ok())
        .unwrap_or(args.len().saturating_sub(1))
}

/// Every shell sockref completes in.
pub const SHELLS: env::Shells<'static> =
    env::Shells(&[&BASH, &ZSH, &env::Fish, &env::Elvish, &env::Powershell]);

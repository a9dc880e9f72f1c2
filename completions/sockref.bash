# bash completion for sockref. Every TAB asks sockref itself, so constants, option names,
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

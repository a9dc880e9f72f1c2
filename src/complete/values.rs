//! What a value completes to, read when TAB is pressed: the catalogue's constants, option
//! names and error codes, and this machine's services and protocols databases.
//!
//! Each function is a completer the command-line definition attaches to an argument
//! (`#[arg(add = ...)]`). A completer gets the word being completed and returns the
//! candidates that finish it, each with a one-line description that zsh and fish show.

use std::collections::{BTreeSet, HashMap};
use std::ffi::OsStr;

use clap_complete::engine::{ArgValueCompleter, CompletionCandidate};

use crate::commands::errno::{CodeKind, table};
use crate::reference::ConstantGroup;
use crate::reference::constants::{AF, AI, HAS_IPV6, IPPROTO, NI, SOCK, SOCKET_GROUPS};
use crate::reference::options::{Level, OPTIONS};
use crate::sys::netdb;

/// A name that may be offered, with what the shell shows beside it.
struct Choice {
    name: String,
    about: String,
}

impl Choice {
    fn new(name: impl Into<String>, about: impl Into<String>) -> Self {
        Choice {
            name: name.into(),
            about: about.into(),
        }
    }
}

/// The choices that finish `current`: those that start with it as typed, else those that
/// start with it in any case (`so_rcv` finds `SO_RCVBUF`, which sockref accepts alike).
fn finishing(current: &str, choices: impl IntoIterator<Item = Choice>) -> Vec<Choice> {
    let choices: Vec<Choice> = choices.into_iter().collect();
    let as_typed = choices.iter().any(|c| c.name.starts_with(current));
    let upper = current.to_ascii_uppercase();
    choices
        .into_iter()
        .filter(|c| {
            if as_typed {
                c.name.starts_with(current)
            } else {
                c.name.to_ascii_uppercase().starts_with(&upper)
            }
        })
        .collect()
}

fn candidates(choices: Vec<Choice>) -> Vec<CompletionCandidate> {
    choices
        .into_iter()
        .map(|c| {
            let about = (!c.about.is_empty()).then(|| c.about.into());
            CompletionCandidate::new(c.name).help(about)
        })
        .collect()
}

/// A completer from `complete`, which gets the word being completed as text; a word that
/// is not UTF-8 completes to nothing.
fn completer(
    complete: impl Fn(&str) -> Vec<CompletionCandidate> + Send + Sync + 'static,
) -> ArgValueCompleter {
    ArgValueCompleter::new(move |current: &OsStr| {
        current.to_str().map(&complete).unwrap_or_default()
    })
}

/// A completer offering the choices `choose` lists for the word that finish it (see
/// [`finishing`]).
fn choosing(choose: impl Fn(&str) -> Vec<Choice> + Send + Sync + 'static) -> ArgValueCompleter {
    completer(move |current| candidates(finishing(current, choose(current))))
}

/// A completer for the members of `groups` by their full names (`AF_INET6`), and by the
/// short names sockref also accepts (`inet6`) once the word matches no full name.
fn members_of(groups: &'static [ConstantGroup]) -> ArgValueCompleter {
    completer(move |current| {
        let full = groups.iter().flat_map(|g| {
            g.members
                .iter()
                .map(|c| Choice::new(c.name, about_constant(c.value, c.meaning)))
        });
        let found = finishing(current, full);
        if !found.is_empty() {
            return candidates(found);
        }
        let short = groups.iter().flat_map(|g| {
            g.members.iter().filter_map(move |c| {
                let short = c.name.strip_prefix(g.prefix)?.strip_prefix('_')?;
                Some(Choice::new(
                    short.to_ascii_lowercase(),
                    about_constant(c.value, c.meaning),
                ))
            })
        });
        candidates(finishing(current, short))
    })
}

fn about_constant(value: i64, meaning: &str) -> String {
    if meaning.is_empty() {
        value.to_string()
    } else {
        format!("{value}: {meaning}")
    }
}

/// Address families, `AF_*`.
pub fn families() -> ArgValueCompleter {
    members_of(&[AF])
}

/// Socket types, `SOCK_*`.
pub fn socket_types() -> ArgValueCompleter {
    members_of(&[SOCK])
}

/// Protocol constants, `IPPROTO_*`.
pub fn protocol_constants() -> ArgValueCompleter {
    members_of(&[IPPROTO])
}

/// Every constant `sockref const` knows, and `has_ipv6`.
pub fn constants() -> ArgValueCompleter {
    choosing(|_| {
        let all = SOCKET_GROUPS
            .iter()
            .flat_map(|g| g.group.members)
            .map(|c| Choice::new(c.name, about_constant(c.value, c.meaning)))
            .chain([Choice::new(HAS_IPV6.name, HAS_IPV6.meaning)]);
        all.collect()
    })
}

/// The group prefixes `const --prefix` takes (`AF`, `SO`, ...).
pub fn constant_prefixes() -> ArgValueCompleter {
    choosing(|_| {
        let prefixes = SOCKET_GROUPS
            .iter()
            .map(|g| Choice::new(g.group.prefix, g.about));
        prefixes.collect()
    })
}

/// The levels of getsockopt and setsockopt.
pub fn levels() -> ArgValueCompleter {
    choosing(|_| {
        let levels = Level::ALL
            .iter()
            .map(|l| Choice::new(l.name(), l.number().to_string()));
        levels.collect()
    })
}

/// Every socket option sockref knows by name (getsockopt's and setsockopt's OPTNAME).
pub fn options() -> ArgValueCompleter {
    choosing(|_| {
        let options = OPTIONS
            .iter()
            .map(|o| Choice::new(o.name, format!("{}: {}", o.level.name(), o.meaning)));
        options.collect()
    })
}

/// The options `sockopt --set NAME=VALUE` may set, each followed by its `=`.
pub fn settable_options() -> ArgValueCompleter {
    choosing(|current| {
        // Past the `=` comes a value, which has no list.
        if current.contains('=') {
            return Vec::new();
        }
        let options = OPTIONS
            .iter()
            .filter(|o| o.settable())
            .map(|o| Choice::new(format!("{}=", o.name), o.meaning));
        options.collect()
    })
}

/// A completer for a list of flags of `group` joined by `,`, `|` or `+` (as sockref reads
/// them): the last flag of the word completes, the ones before it stay as typed and are
/// not offered again.
fn flags_of(group: &'static ConstantGroup) -> ArgValueCompleter {
    completer(move |current| {
        let cut = current.rfind([',', '|', '+']).map_or(0, |at| at + 1);
        let (given, last) = current.split_at(cut);
        let taken: Vec<&str> = given
            .split([',', '|', '+'])
            .map(str::trim)
            .filter(|f| !f.is_empty())
            .collect();
        let flags = group
            .members
            .iter()
            .filter(|c| c.value.count_ones() == 1)
            .filter(|c| !taken.iter().any(|t| t.eq_ignore_ascii_case(c.name)))
            .map(|c| Choice::new(c.name, about_constant(c.value, c.meaning)));
        let found = finishing(last, flags)
            .into_iter()
            .map(|c| Choice::new(format!("{given}{}", c.name), c.about))
            .collect();
        candidates(found)
    })
}

/// getaddrinfo's `AI_*` flags.
pub fn getaddrinfo_flags() -> ArgValueCompleter {
    flags_of(&AI)
}

/// getnameinfo's `NI_*` flags.
pub fn getnameinfo_flags() -> ArgValueCompleter {
    flags_of(&NI)
}

/// The names of errno values, EAI_* codes and h_errno codes, with the platform's message.
pub fn error_names() -> ArgValueCompleter {
    choosing(|_| {
        let codes = table(&CodeKind::ALL).into_iter().flat_map(|code| {
            let about = format!("{}: {}", code.number, code.message);
            let aliases = code.aliases.clone();
            std::iter::once(Choice::new(code.name, about.clone())).chain(
                aliases
                    .into_iter()
                    .map(move |a| Choice::new(a, about.clone())),
            )
        });
        codes.collect()
    })
}

/// The entries of `sockref ref`, with their first line.
pub fn reference_entries() -> ArgValueCompleter {
    choosing(|_| {
        let names = crate::reference::module::entries().map(|e| Choice::new(e.name, e.signature));
        names.collect()
    })
}

/// The names and aliases in this machine's services database, each once, with its
/// ports and protocols (`443/tcp 443/udp`).
pub fn services() -> ArgValueCompleter {
    choosing(|current| {
        // Only the entries with a name that may finish the word are copied out of the
        // scan (any case: `finishing` then prefers the names as typed).
        let wanted = |name: &[u8]| {
            name.len() >= current.len()
                && name[..current.len()].eq_ignore_ascii_case(current.as_bytes())
        };
        let Ok(entries) = netdb::services_where(|e| e.names().any(wanted)) else {
            return Vec::new();
        };
        // Names in the database's order, each with every port/proto it names.
        let mut order: Vec<String> = Vec::new();
        let mut ports: HashMap<String, Vec<String>> = HashMap::new();
        for e in &entries {
            let names = std::iter::once(&e.name).chain(&e.aliases);
            for name in names.filter(|n| wanted(n.as_bytes())) {
                let name = String::from_utf8_lossy(name.as_bytes()).into_owned();
                let seen = ports.entry(name.clone()).or_insert_with(|| {
                    order.push(name);
                    Vec::new()
                });
                seen.push(format!("{}/{}", e.port, e.proto));
            }
        }
        let choices = order.into_iter().map(|name| {
            let about = ports.get(&name).map(|p| p.join(" ")).unwrap_or_default();
            Choice::new(name, about)
        });
        choices.collect()
    })
}

/// The names and aliases in this machine's protocols database, with their numbers.
pub fn protocols() -> ArgValueCompleter {
    choosing(|_| {
        let Ok(entries) = netdb::all_protocols() else {
            return Vec::new();
        };
        let mut seen = BTreeSet::new();
        let choices = entries.iter().flat_map(|e| {
            std::iter::once(&e.name)
                .chain(&e.aliases)
                .map(move |n| (String::from_utf8_lossy(n.as_bytes()).into_owned(), e.number))
        });
        let choices: Vec<Choice> = choices
            .filter(|(name, _)| seen.insert(name.clone()))
            .map(|(name, number)| Choice::new(name, number.to_string()))
            .collect();
        choices
    })
}

/// This machine's interfaces by name, with their indexes.
pub fn interfaces() -> ArgValueCompleter {
    choosing(|_| {
        crate::sys::ifname::if_nameindex()
            .unwrap_or_default()
            .into_iter()
            .map(|(index, name)| {
                Choice::new(
                    String::from_utf8_lossy(name.as_bytes()).into_owned(),
                    format!("index {index}"),
                )
            })
            .collect()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(completer: &ArgValueCompleter, current: &str) -> Vec<String> {
        completer
            .complete(OsStr::new(current))
            .iter()
            .map(|c| c.get_value().to_string_lossy().into_owned())
            .collect()
    }

    #[test]
    fn constants_complete_as_typed_then_in_any_case() {
        let so = names(&constants(), "SO_RCVB");
        assert!(so.contains(&"SO_RCVBUF".to_string()), "{so:?}");
        assert!(so.iter().all(|n| n.starts_with("SO_RCVB")), "{so:?}");
        assert_eq!(names(&constants(), "so_rcvbuff"), ["SO_RCVBUFFORCE"]);
        assert!(names(&constants(), "NO_SUCH_").is_empty());
    }

    #[test]
    fn families_complete_by_full_and_short_name() {
        assert!(names(&families(), "AF_INET").contains(&"AF_INET6".to_string()));
        let short = names(&families(), "ine");
        assert_eq!(short, ["inet", "inet6"]);
    }

    #[test]
    fn flags_complete_after_a_separator_and_skip_those_given() {
        let after = names(&getaddrinfo_flags(), "AI_PASSIVE,AI_CANONN");
        assert_eq!(after, ["AI_PASSIVE,AI_CANONNAME"]);
        let piped = names(&getaddrinfo_flags(), "AI_PASSIVE|");
        assert!(
            piped.contains(&"AI_PASSIVE|AI_CANONNAME".to_string()),
            "{piped:?}"
        );
        assert!(
            !piped.contains(&"AI_PASSIVE|AI_PASSIVE".to_string()),
            "{piped:?}"
        );
        assert_eq!(
            names(&getnameinfo_flags(), "NI_NUMERICH"),
            ["NI_NUMERICHOST"]
        );
    }

    #[test]
    fn settable_options_end_in_an_equals_sign_and_values_have_no_list() {
        assert_eq!(names(&settable_options(), "SO_RCVBUF"), ["SO_RCVBUF="]);
        assert!(names(&settable_options(), "SO_RCVBUF=").is_empty());
    }

    #[test]
    fn error_names_include_aliases() {
        let names = names(&error_names(), "EWOULD");
        assert_eq!(names, ["EWOULDBLOCK"]);
    }
}

//! The socket module itself, entry by entry: every function, socket method, exception and
//! constant family of Python's `socket`, with its signature, what it does, how it blocks,
//! what it returns and raises, the C call beneath it, its Rust equivalents and the sockref
//! command that shows it on this machine. `sockref ref` reads it, and docs/reference.md is
//! written from it.

mod exceptions;
mod families;
mod functions;
mod lookups;
mod methods;
mod transfer;

use serde::Serialize;

/// What an entry is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    /// A function of the module (`socket.getaddrinfo`).
    Function,
    /// A method of socket objects (`socket.socket.connect`), named `socket.NAME`.
    Method,
    /// An exception class.
    Exception,
    /// A family of constants sharing a prefix (`AF_*`).
    Constants,
}

impl Kind {
    /// The heading entries of this kind are listed under.
    pub fn heading(self) -> &'static str {
        match self {
            Kind::Function => "Functions",
            Kind::Method => "Socket methods",
            Kind::Exception => "Exceptions",
            Kind::Constants => "Constant families",
        }
    }
}

/// An exception an entry raises, and why.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Raise {
    /// The Python class, with the code where one decides it:
    /// `ConnectionRefusedError (ECONNREFUSED)`.
    pub class: &'static str,
    pub when: &'static str,
}

/// One entry of the reference.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Entry {
    /// The name as Python spells it; methods as `socket.NAME`, families as `AF_*`.
    pub name: &'static str,
    pub kind: Kind,
    /// The Python signature.
    pub signature: &'static str,
    /// What it does, in a sentence or three.
    pub does: &'static str,
    /// Whether and how it blocks, and what a timeout changes.
    pub blocks: &'static str,
    pub returns: &'static str,
    pub raises: &'static [Raise],
    /// The C call beneath it, with its man page section: `getaddrinfo(3)`.
    pub c: &'static str,
    /// What does the same in Rust: std::net, socket2, nix.
    pub rust: &'static str,
    /// Entries to read next.
    pub related: &'static [&'static str],
    /// The sockref command that shows it on this machine.
    pub shows: &'static str,
}

/// The defaults entries are written from: nothing blocks, nothing is raised.
const BLANK: Entry = Entry {
    name: "",
    kind: Kind::Function,
    signature: "",
    does: "",
    blocks: "Never: it computes its answer without waiting for anything.",
    returns: "",
    raises: &[],
    c: "",
    rust: "",
    related: &[],
    shows: "",
};

/// Every entry, functions first, then methods, exceptions and constant families.
pub fn entries() -> impl Iterator<Item = &'static Entry> {
    functions::SOCKETS
        .iter()
        .chain(lookups::LOOKUPS)
        .chain(functions::CONVERSIONS)
        .chain(methods::METHODS)
        .chain(transfer::TRANSFER)
        .chain(exceptions::EXCEPTIONS)
        .chain(families::FAMILIES)
}

/// What a name finds in the reference.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Found {
    One(&'static Entry),
    /// A prefix of several names: the names.
    Several(Vec<&'static str>),
    /// Nothing: the closest names, best first.
    Nothing(Vec<&'static str>),
}

/// The entry called `name`, in any case, with or without `socket.` (`connect` is
/// `socket.connect`), `_*` or `_` for families (`AF`, `af_`), or the one entry whose name
/// starts with it (`getaddr`).
pub fn find(name: &str) -> Found {
    let wanted = name.trim().to_ascii_lowercase();
    let wanted = wanted.strip_prefix("socket.").unwrap_or(&wanted);
    let bare = |e: &Entry| -> String {
        let n = e.name.to_ascii_lowercase();
        let n = n.strip_prefix("socket.").map(str::to_string).unwrap_or(n);
        n.trim_end_matches('*').trim_end_matches('_').to_string()
    };
    let wanted_bare = wanted.trim_end_matches('*').trim_end_matches('_');
    // A function and a method may share a name (close, dup): the function is the name,
    // `socket.close` the method.
    let exact: Vec<&Entry> = entries()
        .filter(|e| e.name.eq_ignore_ascii_case(name.trim()) || bare(e) == wanted_bare)
        .collect();
    if let Some(first) = exact
        .iter()
        .find(|e| e.name.eq_ignore_ascii_case(name.trim()))
        .or(exact.first())
    {
        return Found::One(first);
    }
    let started: Vec<&Entry> = entries()
        .filter(|e| bare(e).starts_with(wanted_bare))
        .collect();
    match started.as_slice() {
        [one] => Found::One(one),
        [] => Found::Nothing(nearest(wanted_bare)),
        many => Found::Several(many.iter().map(|e| e.name).collect()),
    }
}

/// The names closest to `text`, best first, at most five.
fn nearest(text: &str) -> Vec<&'static str> {
    let mut scored: Vec<(f64, &'static str)> = entries()
        .map(|e| {
            let name = e.name.to_ascii_lowercase();
            let name = name.strip_prefix("socket.").unwrap_or(&name).to_string();
            (strsim::jaro_winkler(text, &name), e.name)
        })
        .filter(|(score, _)| *score > 0.75)
        .collect();
    scored.sort_by(|a, b| b.0.total_cmp(&a.0));
    scored.into_iter().take(5).map(|(_, n)| n).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one(name: &str) -> &'static str {
        match find(name) {
            Found::One(e) => e.name,
            other => panic!("{name}: {other:?}"),
        }
    }

    #[test]
    fn names_in_any_case_with_or_without_socket_and_by_unique_prefix() {
        assert_eq!(one("getaddrinfo"), "getaddrinfo");
        assert_eq!(one("GETADDR"), "getaddrinfo");
        assert_eq!(one("connect"), "socket.connect");
        assert_eq!(one("socket.connect_ex"), "socket.connect_ex");
        assert_eq!(one("close"), "close");
        assert_eq!(one("socket.close"), "socket.close");
        assert_eq!(one("af"), "AF_*");
        assert_eq!(one("AF_"), "AF_*");
        assert_eq!(one("gaierror"), "gaierror");
        assert!(matches!(find("get"), Found::Several(_)));
    }

    #[test]
    fn an_unknown_name_gets_the_nearest() {
        let Found::Nothing(near) = find("getadrinfo") else {
            panic!("found something");
        };
        assert_eq!(near.first(), Some(&"getaddrinfo"));
    }

    #[test]
    fn every_entry_is_whole_and_its_links_lead_somewhere() {
        let mut names = std::collections::HashSet::new();
        for e in entries() {
            assert!(
                names.insert(e.name.to_ascii_lowercase()),
                "{} twice",
                e.name
            );
            for (field, text) in [
                ("signature", e.signature),
                ("does", e.does),
                ("blocks", e.blocks),
                ("returns", e.returns),
                ("c", e.c),
                ("rust", e.rust),
                ("shows", e.shows),
            ] {
                assert!(!text.trim().is_empty(), "{}: no {field}", e.name);
            }
            assert!(e.shows.starts_with("sockref "), "{}: {}", e.name, e.shows);
        }
        for e in entries() {
            for r in e.related {
                assert!(
                    entries().any(|o| o.name == *r),
                    "{} relates to {r}, which has no entry",
                    e.name
                );
            }
        }
    }
}

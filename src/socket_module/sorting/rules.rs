//! The destination rules of RFC 6724 section 6 as glibc applies them in `rfc3484_sort`
//! (nss/getaddrinfo.c, sysdeps/posix/getaddrinfo.c before 2.37). Where glibc differs from
//! the RFC, this follows glibc, and the comment says so.

use std::cmp::Ordering;
use std::net::IpAddr;

use serde::Serialize;

use super::policy::Policy;

/// The source address getaddrinfo found for a destination by connecting a UDP socket.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Source {
    pub address: IpAddr,
    /// Its row of the address list glibc reads (`__check_pf`), when found there.
    pub listed: Option<Listed>,
}

/// What the interface address list says of a source address.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Listed {
    /// The interface index.
    pub index: u32,
    pub prefix_len: u8,
    /// IFA_F_DEPRECATED or IFA_F_OPTIMISTIC (glibc counts both as deprecated).
    pub deprecated: bool,
    /// IFA_F_HOMEADDRESS (Mobile IPv6).
    pub home: bool,
    /// The interface is not a tunnel (ARPHRD_TUNNEL, ARPHRD_TUNNEL6, ARPHRD_SIT).
    pub native: bool,
}

/// Everything the rules compare about one destination.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Keys {
    pub destination: IpAddr,
    pub source: Option<Source>,
    pub scope: u32,
    pub source_scope: Option<u32>,
    pub label: u32,
    pub source_label: Option<u32>,
    pub precedence: u32,
    /// The rows of the precedence and label tables that matched the destination.
    pub precedence_row: String,
    pub label_row: String,
    /// Rule 9's measure: the bits the destination shares with its source.
    pub common_prefix: Option<u32>,
}

impl Keys {
    /// The keys of `destination` reached from `source` under `policy`.
    pub fn new(policy: &Policy, destination: IpAddr, source: Option<Source>) -> Keys {
        let (label, label_row) = policy.label(destination);
        let (precedence, precedence_row) = policy.precedence(destination);
        let row = |e: Option<&super::policy::PrefixEntry>| {
            e.map(|e| format!("{}/{}", e.prefix, e.bits))
                .unwrap_or_default()
        };
        Keys {
            destination,
            scope: policy.scope(destination),
            source_scope: source.as_ref().map(|s| policy.scope(s.address)),
            label,
            source_label: source.as_ref().map(|s| policy.label(s.address).0),
            precedence,
            precedence_row: row(precedence_row),
            label_row: row(label_row),
            common_prefix: source.as_ref().map(|s| common_prefix(destination, s)),
            source,
        }
    }

    fn listed(&self) -> Option<&Listed> {
        self.source.as_ref().and_then(|s| s.listed.as_ref())
    }

    fn scope_matches(&self) -> bool {
        self.source_scope == Some(self.scope)
    }

    fn label_matches(&self) -> bool {
        self.source_label == Some(self.label)
    }

    fn deprecated(&self) -> bool {
        self.listed().is_some_and(|l| l.deprecated)
    }

    fn home(&self) -> bool {
        self.listed().is_some_and(|l| l.home)
    }
}

/// Rule 9's measure. IPv6: the length of the common prefix (glibc compares the first
/// 32-bit word where either pair differs, which orders two destinations the same way).
/// IPv4: the common prefix only when the destination is on the source's subnet, else 0.
fn common_prefix(destination: IpAddr, source: &Source) -> u32 {
    match (destination, source.address) {
        (IpAddr::V6(d), IpAddr::V6(s)) => (u128::from(d) ^ u128::from(s)).leading_zeros(),
        (IpAddr::V4(d), IpAddr::V4(s)) => {
            let (d, s) = (u32::from(d), u32::from(s));
            let len = source.listed.as_ref().map_or(0, |l| l.prefix_len);
            // glibc computes `0xffffffff << (32 - prefixlen)`: for a source missing from
            // the list (prefixlen 0) the shift count is 32, which x86-64 and arm64 take
            // modulo 32, leaving every bit set: only the source itself is "on the subnet".
            let mask = u32::MAX << ((32 - u32::from(len.min(32))) % 32);
            if d & mask == s & mask {
                (d ^ s).leading_zeros()
            } else {
                0
            }
        }
        _ => 0,
    }
}

/// The rule that decides between two destinations, and which goes first.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Verdict {
    /// 1-9; rule 10 (keep the order) is the absence of a verdict.
    pub rule: u8,
    /// Whether the first of the two goes first.
    pub first_wins: bool,
    pub reason: String,
}

/// The name of an RFC 4007 scope value.
pub fn scope_name(scope: u32) -> &'static str {
    match scope {
        1 => "interface-local",
        2 => "link-local",
        4 => "admin-local",
        5 => "site-local",
        8 => "organization-local",
        14 => "global",
        _ => "reserved",
    }
}

/// Rules 1-9 between `a` and `b`, in glibc's order; `None` when none decides.
pub fn compare(a: &Keys, b: &Keys) -> Option<Verdict> {
    // Rules 2-5, 7 and 9 look at sources; after rule 1 both have one or neither has.
    let sources = a.source.is_some();
    let same_family = a.destination.is_ipv4() == b.destination.is_ipv4();
    reachability_rule(a, b)
        .or_else(|| sources.then(|| source_rules(a, b)).flatten())
        .or_else(|| precedence_rule(a, b))
        .or_else(|| sources.then(|| native_rule(a, b)).flatten())
        .or_else(|| scope_rule(a, b))
        // Rule 9 compares prefixes only between destinations of one family.
        .or_else(|| {
            (sources && same_family)
                .then(|| prefix_rule(a, b))
                .flatten()
        })
}

/// A verdict from an ordering (`Less`: the first wins), its reason written only if needed.
fn verdict(rule: u8, order: Ordering, reason: impl FnOnce() -> String) -> Option<Verdict> {
    (order != Ordering::Equal).then(|| Verdict {
        rule,
        first_wins: order == Ordering::Less,
        reason: reason(),
    })
}

/// Rule 1: avoid unusable destinations: no source address means no route.
fn reachability_rule(a: &Keys, b: &Keys) -> Option<Verdict> {
    let reachable = |k: &Keys| k.source.is_some();
    verdict(1, reachable(b).cmp(&reachable(a)), || {
        "the other has no source address (no route)".into()
    })
}

/// Rule 6: higher precedence, with or without sources.
fn precedence_rule(a: &Keys, b: &Keys) -> Option<Verdict> {
    verdict(6, b.precedence.cmp(&a.precedence), || {
        format!(
            "precedence {} ({}) vs {} ({})",
            a.precedence.max(b.precedence),
            winner(a, b, |k| k.precedence, true).precedence_row,
            a.precedence.min(b.precedence),
            winner(a, b, |k| k.precedence, false).precedence_row,
        )
    })
}

/// Rule 8: smaller scope.
fn scope_rule(a: &Keys, b: &Keys) -> Option<Verdict> {
    verdict(8, a.scope.cmp(&b.scope), || {
        format!(
            "smaller scope: {} vs {}",
            scope_name(a.scope.min(b.scope)),
            scope_name(a.scope.max(b.scope))
        )
    })
}

/// Rule 9: the longest prefix shared with the source.
fn prefix_rule(a: &Keys, b: &Keys) -> Option<Verdict> {
    let (pa, pb) = (a.common_prefix.unwrap_or(0), b.common_prefix.unwrap_or(0));
    verdict(9, pb.cmp(&pa), || {
        format!(
            "longer prefix shared with its source: {} bits vs {}",
            pa.max(pb),
            pa.min(pb)
        )
    })
}

/// The one of `a` and `b` with the larger (`larger`) or smaller key.
fn winner<'k>(a: &'k Keys, b: &'k Keys, key: impl Fn(&Keys) -> u32, larger: bool) -> &'k Keys {
    if (key(a) >= key(b)) == larger { a } else { b }
}

/// Rules 2-5, which need both sources.
fn source_rules(a: &Keys, b: &Keys) -> Option<Verdict> {
    let decide = |rule: u8, wins_a: bool, wins_b: bool, reason: &str| {
        (wins_a != wins_b).then(|| Verdict {
            rule,
            first_wins: wins_a,
            reason: reason.to_string(),
        })
    };
    decide(
        2,
        a.scope_matches(),
        b.scope_matches(),
        "its scope matches its source's; the other's does not",
    )
    .or_else(|| {
        decide(
            3,
            !a.deprecated(),
            !b.deprecated(),
            "the other's source address is deprecated",
        )
    })
    .or_else(|| decide(4, a.home(), b.home(), "its source is a home address"))
    .or_else(|| {
        decide(
            5,
            a.label_matches(),
            b.label_matches(),
            "its label matches its source's; the other's does not",
        )
    })
}

/// Rule 7: native transport over a tunnel, compared only when the sources are on
/// different interfaces. A source missing from the address list has no interface
/// (glibc's index 0xffffffff) and counts as not native.
fn native_rule(a: &Keys, b: &Keys) -> Option<Verdict> {
    let index = |k: &Keys| k.listed().map(|l| l.index);
    let native = |k: &Keys| k.listed().is_some_and(|l| l.native);
    if index(a) == index(b) || native(a) == native(b) {
        return None;
    }
    Some(Verdict {
        rule: 7,
        first_wins: native(a),
        reason: "native transport; the other's source is on a tunnel".into(),
    })
}

/// glibc's comparison of two rows by their position in the list the name service gave:
/// rules 1-9, then rule 10 (the earlier row first). Never equal, as in glibc.
pub fn before(keys: &[Keys], i: usize, j: usize) -> bool {
    match compare(&keys[i], &keys[j]) {
        Some(v) => v.first_wins,
        None => i < j,
    }
}

/// Sorts positions as glibc's qsort_r does for getaddrinfo (stdlib/msort.c): a top-down
/// merge sort that splits at n/2 and takes from the left run while it is not after the
/// right. The exact algorithm matters because rule 9 applies only within a family, so
/// the comparison need not be transitive across families.
pub fn glibc_sort(order: &mut [usize], before: &impl Fn(usize, usize) -> bool) {
    let n = order.len();
    if n <= 1 {
        return;
    }
    let (left, right) = order.split_at_mut(n / 2);
    glibc_sort(left, before);
    glibc_sort(right, before);
    let mut merged = Vec::with_capacity(n);
    let (mut l, mut r) = (0, 0);
    while l < left.len() && r < right.len() {
        // glibc takes the left element when cmp(left, right) <= 0.
        if before(left[l], right[r]) {
            merged.push(left[l]);
            l += 1;
        } else {
            merged.push(right[r]);
            r += 1;
        }
    }
    merged.extend_from_slice(&left[l..]);
    merged.extend_from_slice(&right[r..]);
    order.copy_from_slice(&merged);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ip(text: &str) -> IpAddr {
        text.parse().unwrap_or(IpAddr::from([0, 0, 0, 0]))
    }

    fn listed(index: u32, prefix_len: u8) -> Listed {
        Listed {
            index,
            prefix_len,
            deprecated: false,
            home: false,
            native: true,
        }
    }

    fn keys(destination: &str, source: Option<(&str, Option<Listed>)>) -> Keys {
        let source = source.map(|(a, listed)| Source {
            address: ip(a),
            listed,
        });
        Keys::new(&Policy::default(), ip(destination), source)
    }

    fn rule(a: &Keys, b: &Keys) -> Option<(u8, bool)> {
        compare(a, b).map(|v| (v.rule, v.first_wins))
    }

    #[test]
    fn each_rule_decides_where_the_earlier_ones_tie() {
        let v6 = keys("2001:db8::1", Some(("2001:db8::10", Some(listed(2, 64)))));
        let v4 = keys("192.0.2.1", Some(("192.0.2.10", Some(listed(2, 24)))));
        let unreachable = keys("2001:db8:9::1", None);
        assert_eq!(rule(&v4, &unreachable), Some((1, true)));
        assert_eq!(rule(&v6, &v4), Some((6, true)));
        assert_eq!(rule(&v4, &v6), Some((6, false)));
        // A host with only a ULA source: the global destination's label (1) differs from
        // its source's (6), so IPv4 wins at rule 5 before precedence is looked at.
        let via_ula = keys("2001:db8::1", Some(("fd00::10", Some(listed(2, 64)))));
        assert_eq!(rule(&via_ula, &v4), Some((5, false)));
        // A link-local destination from a global source has a scope mismatch.
        let mismatched = keys("fe80::1", Some(("2001:db8::10", None)));
        assert_eq!(rule(&v6, &mismatched), Some((2, true)));
        let mut deprecated = keys("2001:db8::2", Some(("2001:db8::11", Some(listed(2, 64)))));
        if let Some(l) = deprecated.source.as_mut().and_then(|s| s.listed.as_mut()) {
            l.deprecated = true;
        }
        assert_eq!(rule(&deprecated, &v6), Some((3, false)));
        let mut tunnelled = keys("2001:db8::3", Some(("2001:db8::12", Some(listed(3, 64)))));
        if let Some(l) = tunnelled.source.as_mut().and_then(|s| s.listed.as_mut()) {
            l.native = false;
        }
        assert_eq!(rule(&tunnelled, &v6), Some((7, false)));
        let link = keys("fe80::1", Some(("fe80::10", Some(listed(2, 64)))));
        let loopback = keys("::1", Some(("::1", Some(listed(1, 128)))));
        assert_eq!(rule(&link, &v6), Some((8, true)));
        assert_eq!(
            rule(
                &v6,
                &keys(
                    "2001:db8:ffff::1",
                    Some(("2001:db8::10", Some(listed(2, 64))))
                )
            ),
            Some((9, true))
        );
        assert_eq!(rule(&loopback, &v4), Some((6, true)));
    }

    #[test]
    fn ipv4_prefixes_count_only_inside_the_source_subnet() {
        let near = keys("192.0.2.77", Some(("192.0.2.10", Some(listed(2, 25)))));
        let far = keys("192.0.2.200", Some(("192.0.2.10", Some(listed(2, 25)))));
        assert_eq!(near.common_prefix, Some(25));
        assert_eq!(far.common_prefix, Some(0));
        // A source off the list has prefix length 0: only itself is on its subnet.
        let unlisted = keys("192.0.2.77", Some(("192.0.2.10", None)));
        assert_eq!(unlisted.common_prefix, Some(0));
        let itself = keys("192.0.2.10", Some(("192.0.2.10", None)));
        assert_eq!(itself.common_prefix, Some(32));
        assert_eq!(rule(&near, &far), Some((9, true)));
        // Different families never compare prefixes: rule 10 keeps the order.
        let v6 = keys("fe80::1", Some(("fe80::2", None)));
        let v4 = keys("169.254.1.1", Some(("169.254.1.2", None)));
        let mut policy = Policy::default();
        policy.precedence[4].value = 10;
        let (v6, v4) = (
            Keys::new(&policy, v6.destination, v6.source),
            Keys::new(&policy, v4.destination, v4.source),
        );
        assert_eq!(rule(&v6, &v4), None);
    }

    #[test]
    fn the_merge_sort_is_glibcs() {
        // With a total order it is a stable sort.
        let values = [3, 1, 2, 1, 3, 0, 2];
        let mut order: Vec<usize> = (0..values.len()).collect();
        glibc_sort(&mut order, &|i, j| (values[i], i) < (values[j], j));
        let mut expected = order.clone();
        expected.sort_by_key(|&i| (values[i], i));
        assert_eq!(order, expected);
        // Not transitive (0 before 2, ties otherwise): the split decides, as in glibc.
        let before = |i: usize, j: usize| match (i, j) {
            (2, 0) => true,
            (0, 2) => false,
            _ => i < j,
        };
        let mut order = vec![0, 1, 2];
        glibc_sort(&mut order, &before);
        assert_eq!(order, vec![0, 1, 2]);
        let mut order = vec![0, 1, 2, 3];
        glibc_sort(&mut order, &|i, j| {
            if (i, j) == (0, 3) {
                false
            } else if (i, j) == (3, 0) {
                true
            } else {
                i < j
            }
        });
        // 0 and 3 are never compared: 3 stays after 0 although it would win.
        assert_eq!(order, vec![0, 1, 2, 3]);
    }
}

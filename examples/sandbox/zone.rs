//! Loading RFC 1035 master files with hickory's own zone-file parser.
//!
//! One gap needs a workaround. RFC 1035 section 5.1 writes an arbitrary octet in a name as
//! `\DDD`, DDD in decimal. hickory-proto 0.26's `Name::parse` reads those digits as octal
//! (`\091` is an error) and its UTS-46 check then refuses any label byte other than letters,
//! digits and hyphens, so `evil\027[31m.test.` cannot be loaded at all. The tests need exactly
//! such names, so before parsing, each unquoted token holding a backslash is swapped for a
//! placeholder label hickory accepts; after parsing, each placeholder is replaced by the name
//! decoded byte for byte. Everything else (directives, records, TTLs, relative names) is
//! hickory's parser.
//!
//! So any byte hickory refuses can be written escaped: `under\095score` for `under_score`.
//! Limits: only names in owners and in NS, CNAME, PTR, SOA, MX, SRV and ANAME data are
//! restored (an unquoted TXT word with a backslash is not a name; quote it), and files pulled
//! in by `$INCLUDE` are not rewritten.

use std::collections::BTreeMap;
use std::fs;
use std::path::Path;

use hickory_server::proto::rr::rdata::{ANAME, CNAME, NS, PTR};
use hickory_server::proto::rr::{LowerName, Name, RData, Record, RecordSet, RrKey};
use hickory_server::proto::serialize::txt::Parser;
use hickory_server::store::in_memory::InMemoryZoneHandler;
use hickory_server::zone_handler::{AxfrPolicy, ZoneType};

use crate::Failure;

/// Prefix of the placeholder labels; the index into `Escaped::names` follows it.
const PLACEHOLDER: &str = "sockref-sandbox-escaped-";

/// A zone ready to be served: its origin (from $ORIGIN) and hickory's store of its records.
pub struct Zone {
    pub origin: LowerName,
    pub handler: InMemoryZoneHandler,
}

pub fn load(path: &Path) -> Result<Zone, Failure> {
    let what = || format!("load zone {}", path.display());
    let text = fs::read_to_string(path).map_err(|e| Failure::setup(what(), e))?;
    let escaped = Escaped::stash(&text).map_err(|e| Failure::setup(what(), e))?;
    // No origin is passed in: the file's own $ORIGIN sets it.
    let (origin, records) = Parser::new(escaped.text.as_str(), Some(path.to_owned()), None)
        .parse()
        .map_err(|e| Failure::setup(what(), e))?;
    let (origin, records) = escaped
        .restore_zone(origin, records)
        .map_err(|e| Failure::setup(what(), e))?;
    let handler: InMemoryZoneHandler =
        InMemoryZoneHandler::new(origin.clone(), records, ZoneType::Primary, AxfrPolicy::Deny)
            .map_err(|e| Failure::setup(what(), e))?;
    Ok(Zone {
        origin: LowerName::from(origin),
        handler,
    })
}

/// Zone text with escaped names replaced by placeholders, and those names decoded.
struct Escaped {
    text: String,
    /// The labels of each escaped token, in raw bytes.
    names: Vec<Vec<Vec<u8>>>,
}

impl Escaped {
    /// Replaces each token outside quotes and comments that contains a backslash.
    fn stash(text: &str) -> Result<Self, String> {
        let bytes = text.as_bytes();
        let mut stashed = Escaped {
            text: String::with_capacity(text.len()),
            names: Vec::new(),
        };
        let mut start = 0;
        while start < bytes.len() {
            // Every boundary found below is an ASCII byte or the end, so slicing is safe.
            let end = match bytes[start] {
                b';' => bytes[start..]
                    .iter()
                    .position(|&b| b == b'\n')
                    .map_or(bytes.len(), |i| start + i),
                b'"' => {
                    skip_escaped(bytes, start + 1, |b| b == b'"').map_or(bytes.len(), |i| i + 1)
                }
                b if is_delimiter(b) => start + 1,
                _ => skip_escaped(bytes, start, is_delimiter).unwrap_or(bytes.len()),
            };
            let piece = &text[start..end];
            if is_delimiter(bytes[start]) || !piece.contains('\\') {
                stashed.text.push_str(piece);
            } else {
                let (labels, absolute) = decode_name(piece).map_err(|e| format!("{piece}: {e}"))?;
                let dot = if absolute { "." } else { "" };
                stashed
                    .text
                    .push_str(&format!("{PLACEHOLDER}{}{dot}", stashed.names.len()));
                stashed.names.push(labels);
            }
            start = end;
        }
        Ok(stashed)
    }

    fn restore_zone(
        &self,
        origin: Name,
        records: BTreeMap<RrKey, RecordSet>,
    ) -> Result<(Name, BTreeMap<RrKey, RecordSet>), String> {
        if self.names.is_empty() {
            return Ok((origin, records));
        }
        let mut restored: BTreeMap<RrKey, RecordSet> = BTreeMap::new();
        for rrset in records.into_values() {
            for record in rrset.records_without_rrsigs() {
                let record = self.restore_record(record.clone())?;
                let (name, rtype) = (record.name.clone(), record.record_type());
                restored
                    .entry(RrKey::new(LowerName::new(&name), rtype))
                    .or_insert_with(|| RecordSet::new(name, rtype, 0))
                    .insert(record, 0);
            }
        }
        Ok((self.restore(&origin)?, restored))
    }

    /// Restores the owner and every name in the RDATA of the types a test zone uses.
    fn restore_record(&self, mut record: Record) -> Result<Record, String> {
        record.name = self.restore(&record.name)?;
        match &mut record.data {
            RData::PTR(PTR(name))
            | RData::CNAME(CNAME(name))
            | RData::NS(NS(name))
            | RData::ANAME(ANAME(name)) => *name = self.restore(name)?,
            RData::MX(mx) => mx.exchange = self.restore(&mx.exchange)?,
            RData::SRV(srv) => srv.target = self.restore(&srv.target)?,
            RData::SOA(soa) => {
                soa.mname = self.restore(&soa.mname)?;
                soa.rname = self.restore(&soa.rname)?;
            }
            _ => {}
        }
        Ok(record)
    }

    /// Each placeholder label becomes the labels it stands for. A relative name's placeholder
    /// is followed by the origin hickory appended, which may itself be a placeholder.
    fn restore(&self, name: &Name) -> Result<Name, String> {
        if !name.iter().any(|label| self.lookup(label).is_some()) {
            return Ok(name.clone());
        }
        let mut labels: Vec<&[u8]> = Vec::new();
        for label in name.iter() {
            match self.lookup(label) {
                Some(decoded) => labels.extend(decoded.iter().map(Vec::as_slice)),
                None => labels.push(label),
            }
        }
        let mut restored = Name::from_labels(labels).map_err(|e| e.to_string())?;
        restored.set_fqdn(name.is_fqdn());
        Ok(restored)
    }

    fn lookup(&self, label: &[u8]) -> Option<&Vec<Vec<u8>>> {
        let index = label.strip_prefix(PLACEHOLDER.as_bytes())?;
        let index: usize = std::str::from_utf8(index).ok()?.parse().ok()?;
        self.names.get(index)
    }
}

/// Token boundaries of the master-file lexer (RFC 1035 section 5.1).
fn is_delimiter(byte: u8) -> bool {
    matches!(
        byte,
        b' ' | b'\t' | b'\r' | b'\n' | b'(' | b')' | b';' | b'"'
    )
}

/// The index of the first unescaped byte from `from` that `stop` accepts.
fn skip_escaped(bytes: &[u8], from: usize, stop: impl Fn(u8) -> bool) -> Option<usize> {
    let mut i = from;
    while i < bytes.len() {
        match bytes[i] {
            b'\\' => i += 2,
            b if stop(b) => return Some(i),
            _ => i += 1,
        }
    }
    None
}

/// Decodes a name in master-file form into raw labels, and whether it ends with a dot.
/// `\DDD` is the octet DDD in decimal; `\X` is X itself (RFC 1035 section 5.1).
fn decode_name(token: &str) -> Result<(Vec<Vec<u8>>, bool), String> {
    let mut labels = Vec::new();
    let mut label = Vec::new();
    let mut rest = token;
    while let Some(c) = rest.chars().next() {
        rest = &rest[c.len_utf8()..];
        match c {
            '\\' => {
                let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
                if digits >= 3 {
                    let (ddd, after) = rest.split_at(3);
                    let octet = ddd
                        .parse::<u8>()
                        .map_err(|_| format!("\\{ddd} is not an octet"))?;
                    label.push(octet);
                    rest = after;
                } else if digits > 0 {
                    return Err("\\DDD needs three decimal digits".into());
                } else {
                    let quoted = rest.chars().next().ok_or("trailing backslash")?;
                    push_char(&mut label, quoted);
                    rest = &rest[quoted.len_utf8()..];
                }
            }
            '.' if label.is_empty() => return Err("empty label".into()),
            '.' => labels.push(std::mem::take(&mut label)),
            c => push_char(&mut label, c),
        }
    }
    // An unescaped final dot leaves the current label empty: the name is absolute.
    let absolute = label.is_empty();
    if !absolute {
        labels.push(label);
    }
    Ok((labels, absolute))
}

fn push_char(label: &mut Vec<u8>, c: char) {
    label.extend_from_slice(c.encode_utf8(&mut [0; 4]).as_bytes());
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decimal_escapes_become_octets() {
        let (labels, absolute) = decode_name(r"evil\027[31m.test.").expect("valid");
        assert_eq!(labels, vec![b"evil\x1b[31m".to_vec(), b"test".to_vec()]);
        assert!(absolute);
    }

    #[test]
    fn escaped_dot_stays_in_the_label() {
        let (labels, absolute) = decode_name(r"a\.b\255").expect("valid");
        assert_eq!(labels, vec![b"a.b\xff".to_vec()]);
        assert!(!absolute);
    }

    #[test]
    fn bad_escapes_are_refused() {
        assert!(decode_name(r"a\27").is_err());
        assert!(decode_name(r"a\256").is_err());
        assert!(decode_name(r"a..b").is_err());
    }

    #[test]
    fn only_unquoted_tokens_with_backslashes_are_stashed() {
        let text = "x\\027 IN TXT \"q\\\"x\" ; c\\d\n@ IN PTR y\\.z.\n";
        let stashed = Escaped::stash(text).expect("valid");
        assert_eq!(
            stashed.text,
            format!("{PLACEHOLDER}0 IN TXT \"q\\\"x\" ; c\\d\n@ IN PTR {PLACEHOLDER}1.\n")
        );
        assert_eq!(
            stashed.names,
            vec![vec![b"x\x1b".to_vec()], vec![b"y.z".to_vec()]]
        );
    }
}

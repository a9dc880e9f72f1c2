//! Tables for byte order and address conversion.

use super::lines;
use crate::commands::byteorder::{ByteorderReport, Swap};
use crate::commands::inet::InetReport;
use crate::output::{Cell, Render, Sheet, Tone};

impl Render for ByteorderReport {
    fn sheets(&self) -> Vec<Sheet> {
        let title = format!(
            "{} = {} ({}-endian host)",
            self.value, self.hex, self.host_endianness
        );
        let mut sheet =
            Sheet::new(["bits", "hton", "ntoh", "host bytes", "network bytes"]).titled(title);
        for w in &self.widths {
            match (&w.hton, &w.ntoh) {
                (Some(h), Some(n)) => sheet.row([
                    Cell::from(w.bits.to_string()),
                    Cell::from(swap_text(h, self.value, w.bits)),
                    Cell::from(swap_text(n, self.value, w.bits)),
                    Cell::from(spaced(w.host_bytes.as_deref().unwrap_or(""))),
                    Cell::from(spaced(w.network_bytes.as_deref().unwrap_or(""))),
                ]),
                _ => sheet.row([
                    Cell::from(w.bits.to_string()),
                    Cell::toned(format!("does not fit in {} bits", w.bits), Tone::Bad),
                    Cell::default(),
                    Cell::default(),
                    Cell::default(),
                ]),
            }
        }
        vec![sheet]
    }
}

/// `htons(9999) = 3879 (0x0f27)`: the call as one writes it, and the result with its hex
/// padded to the width, so that the swapped bytes line up with the input's.
fn swap_text(swap: &Swap, value: u64, bits: u32) -> String {
    let digits = (bits / 4) as usize;
    format!(
        "{}({value}) = {} (0x{:0digits$x})",
        swap.function, swap.result, swap.result
    )
}

/// `0f27` as `0f 27`, easier to read as bytes.
fn spaced(hex: &str) -> String {
    hex.as_bytes()
        .chunks(2)
        .map(|p| String::from_utf8_lossy(p).into_owned())
        .collect::<Vec<_>>()
        .join(" ")
}

impl Render for InetReport {
    fn sheets(&self) -> Vec<Sheet> {
        let mut parsers = Sheet::new(["call", "verdict", "packed"])
            .titled(format!("{} ({})", self.input, self.family));
        for p in &self.parsers {
            parsers.row([
                Cell::from(p.call.as_str()),
                if p.accepted {
                    Cell::toned("accepted", Tone::Good)
                } else {
                    Cell::toned("rejected", Tone::Bad)
                },
                Cell::from(p.packed.as_deref().map(spaced).unwrap_or_default()),
            ]);
        }
        if self.form == "packed" {
            parsers.note("no parser accepted the text; read as packed bytes in hex");
        }
        let mut views = Sheet::new(["view", "value"]);
        views.row(["packed".to_string(), spaced(&self.packed)]);
        views.row(["integer".to_string(), self.integer.to_string()]);
        views.row(["inet_ntop".to_string(), self.inet_ntop.clone()]);
        if let Some(ntoa) = &self.inet_ntoa {
            views.row(["inet_ntoa".to_string(), ntoa.clone()]);
        }
        let classes: Vec<String> = self
            .classes
            .iter()
            .map(|c| format!("{} ({}, {})", c.name, c.range, c.rfc))
            .collect();
        views.row(["class".to_string(), lines(&classes)]);
        if let (Some(zone), Some(id)) = (&self.zone, self.scope_id) {
            views.row(["scope_id".to_string(), format!("{id} (zone {zone})")]);
        }
        if let Some(m) = &self.mapped_ipv4 {
            let inner: Vec<&str> = m.classes.iter().map(|c| c.name).collect();
            views.row([
                "mapped IPv4".to_string(),
                format!("{} ({})", m.address, inner.join(", ")),
            ]);
        }
        vec![parsers, views]
    }
}

impl Render for crate::commands::prefix::PrefixReport {
    fn sheets(&self) -> Vec<Sheet> {
        let mut sheet = Sheet::new(["view", "value"]).titled(format!(
            "{} ({}, /{})",
            self.input, self.family, self.prefixlen
        ));
        let mut row = |name: &str, value: String| sheet.row([name.to_string(), value]);
        row("network", self.network.clone());
        row("netmask", self.netmask.clone());
        row("hostmask", self.hostmask.clone());
        if let Some(b) = &self.broadcast {
            row("broadcast", b.clone());
        } else {
            row("last address", self.last_address.clone());
        }
        row("hosts", format!("{} - {}", self.first_host, self.last_host));
        row("addresses", self.num_addresses.clone());
        row("reverse", self.reverse_pointer.clone());
        let classes: Vec<String> = self
            .classes
            .iter()
            .map(|c| format!("{} ({}, {})", c.name, c.range, c.rfc))
            .collect();
        row("class", lines(&classes));
        if let Some(c) = &self.contains {
            let verdict = if c.inside { "inside" } else { "outside" };
            row("contains", format!("{} is {verdict}", c.address));
        }
        vec![sheet]
    }
}

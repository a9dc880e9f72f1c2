//! TCP_INFO as a report: the connection's state and every counter the kernel filled, in
//! `--json` one flat object keyed by the kernel's field names (`tcpi_` dropped), so that
//! `jq .tcp_info.rtt` works; the units are in docs/json.md and in the table.

use serde::ser::{Serialize, SerializeMap, Serializer};

use crate::sys::tcp_info::{self, TcpInfo, TcpUnit};
use crate::units::{self, TimeUnit};

/// One counter of TCP_INFO with its unit and meaning.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TcpInfoCounter {
    pub name: &'static str,
    pub value: u64,
    /// `us`, `ms`, `bytes`, `bytes/s`, `segments` or empty for a plain count.
    pub unit: &'static str,
    pub meaning: &'static str,
}

/// A decoded TCP_INFO.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TcpInfoReport {
    /// How many bytes of `struct tcp_info` the kernel filled.
    pub length: usize,
    pub state: String,
    pub ca_state: String,
    /// TCPI_OPT_* options negotiated: timestamps, sack, wscale, ecn, ...
    pub options: Vec<&'static str>,
    pub snd_wscale: u8,
    pub rcv_wscale: u8,
    pub counters: Vec<TcpInfoCounter>,
}

fn unit_name(unit: TcpUnit) -> &'static str {
    match unit {
        TcpUnit::Count => "",
        TcpUnit::Segments => "segment",
        TcpUnit::Bytes => "byte",
        TcpUnit::BytesPerSecond => "bytes/s",
        TcpUnit::Microseconds => TimeUnit::Microseconds.symbol(),
        TcpUnit::Milliseconds => TimeUnit::Milliseconds.symbol(),
    }
}

impl From<TcpInfo> for TcpInfoReport {
    fn from(info: TcpInfo) -> Self {
        TcpInfoReport {
            length: info.length,
            state: tcp_info::state_name(info.state),
            ca_state: tcp_info::ca_state_name(info.ca_state),
            options: tcp_info::option_names(info.options),
            snd_wscale: info.snd_wscale,
            rcv_wscale: info.rcv_wscale,
            counters: info
                .fields
                .iter()
                .map(|f| TcpInfoCounter {
                    name: f.name,
                    value: f.value,
                    unit: unit_name(f.unit),
                    meaning: f.meaning,
                })
                .collect(),
        }
    }
}

impl TcpInfoCounter {
    /// `52 µs`, `65483 bytes`, `1 segment`, `0`; a rate of all ones is the kernel's "no
    /// limit" (`~0UL`, the default of SO_MAX_PACING_RATE).
    pub fn text(&self) -> String {
        match self.unit {
            "" => self.value.to_string(),
            "bytes/s" if self.value == u64::MAX => "unlimited".to_string(),
            noun @ ("segment" | "byte") => units::count(self.value, noun),
            symbol => format!("{} {symbol}", self.value),
        }
    }
}

impl Serialize for TcpInfoReport {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(6 + self.counters.len()))?;
        map.serialize_entry("length", &self.length)?;
        map.serialize_entry("state", &self.state)?;
        map.serialize_entry("ca_state", &self.ca_state)?;
        map.serialize_entry("options", &self.options)?;
        map.serialize_entry("snd_wscale", &self.snd_wscale)?;
        map.serialize_entry("rcv_wscale", &self.rcv_wscale)?;
        for c in &self.counters {
            map.serialize_entry(c.name, &c.value)?;
        }
        map.end()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_is_flat_and_keyed_by_kernel_names() {
        let report = TcpInfoReport {
            length: 104,
            state: "ESTABLISHED".into(),
            ca_state: "Open".into(),
            options: vec!["sack"],
            snd_wscale: 7,
            rcv_wscale: 7,
            counters: vec![TcpInfoCounter {
                name: "rtt",
                value: 52,
                unit: "µs",
                meaning: "smoothed round-trip time",
            }],
        };
        let json = serde_json::to_value(&report).unwrap_or_default();
        assert_eq!(json["state"], "ESTABLISHED");
        assert_eq!(json["rtt"], 52);
        assert_eq!(report.counters[0].text(), "52 µs");
        let one = TcpInfoCounter {
            name: "unacked",
            value: 1,
            unit: "segment",
            meaning: "",
        };
        assert_eq!(one.text(), "1 segment");
        let rate = |value| TcpInfoCounter {
            name: "max_pacing_rate",
            value,
            unit: "bytes/s",
            meaning: "",
        };
        assert_eq!(rate(u64::MAX).text(), "unlimited");
        assert_eq!(rate(1000).text(), "1000 bytes/s");
    }
}

//! Round-trip times and throughput. Times are recorded in nanoseconds in an HdrHistogram
//! (three significant digits, the precision sockperf and wrk report with) and summarised
//! in microseconds.

use std::time::Duration;

use hdrhistogram::Histogram;
use serde::Serialize;

use crate::units::micros_of_nanos;

/// The longest round trip the histogram tells apart, in nanoseconds (one hour); longer
/// ones are counted as this.
const HIGHEST_NS: u64 = 3_600_000_000_000;

/// Collects round-trip times.
#[derive(Debug, Clone)]
pub struct RttRecorder {
    /// `None` only if the histogram could not be created, which its fixed, valid bounds
    /// rule out; the recorder then records nothing rather than failing a run.
    histogram: Option<Histogram<u64>>,
}

impl Default for RttRecorder {
    fn default() -> Self {
        RttRecorder::new()
    }
}

impl RttRecorder {
    /// An empty recorder.
    pub fn new() -> RttRecorder {
        RttRecorder {
            histogram: Histogram::new_with_max(HIGHEST_NS, 3).ok(),
        }
    }

    /// Records one round trip.
    pub fn record(&mut self, rtt: Duration) {
        if let Some(h) = &mut self.histogram {
            let ns = u64::try_from(rtt.as_nanos()).unwrap_or(u64::MAX);
            h.saturating_record(ns.max(1));
        }
    }

    /// How many round trips were recorded.
    pub fn count(&self) -> u64 {
        self.histogram.as_ref().map_or(0, Histogram::len)
    }

    /// The time below which `quantile` (0.0 to 1.0) of the round trips fell, in
    /// microseconds; `None` before the first record.
    pub fn quantile_us(&self, quantile: f64) -> Option<f64> {
        let h = self.histogram.as_ref().filter(|h| !h.is_empty())?;
        Some(micros_of_nanos(h.value_at_quantile(quantile)))
    }

    /// The full summary a benchmark reports; `None` before the first record.
    pub fn latency(&self) -> Option<LatencySummary> {
        let h = self.histogram.as_ref().filter(|h| !h.is_empty())?;
        let q = |quantile: f64| micros_of_nanos(h.value_at_quantile(quantile));
        Some(LatencySummary {
            count: h.len(),
            min: micros_of_nanos(h.min()),
            mean: (h.mean() / 100.0).round() / 10.0,
            p50: q(0.50),
            p90: q(0.90),
            p99: q(0.99),
            p99_9: q(0.999),
            max: micros_of_nanos(h.max()),
        })
    }

    /// min, p50, p90, p99 and max; `None` before the first record.
    pub fn summary(&self) -> Option<RttSummary> {
        let h = self.histogram.as_ref().filter(|h| !h.is_empty())?;
        let q = |quantile: f64| micros_of_nanos(h.value_at_quantile(quantile));
        Some(RttSummary {
            min: micros_of_nanos(h.min()),
            p50: q(0.50),
            p90: q(0.90),
            p99: q(0.99),
            max: micros_of_nanos(h.max()),
        })
    }
}

/// Round-trip percentiles in microseconds, to a tenth.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct RttSummary {
    pub min: f64,
    pub p50: f64,
    pub p90: f64,
    pub p99: f64,
    pub max: f64,
}

/// A benchmark's times in microseconds, to a tenth: how many, the mean and the
/// percentiles sockperf prints (it adds p99.9 to the usual ones).
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct LatencySummary {
    pub count: u64,
    pub min: f64,
    pub mean: f64,
    pub p50: f64,
    pub p90: f64,
    pub p99: f64,
    #[serde(rename = "p99.9")]
    pub p99_9: f64,
    pub max: f64,
}

impl LatencySummary {
    /// Every time halved: a round trip as sockperf reports it, one way (its "latency" is
    /// the round trip divided by two).
    pub fn halved(&self) -> LatencySummary {
        let half = |us: f64| (us * 5.0).round() / 10.0;
        LatencySummary {
            count: self.count,
            min: half(self.min),
            mean: half(self.mean),
            p50: half(self.p50),
            p90: half(self.p90),
            p99: half(self.p99),
            p99_9: half(self.p99_9),
            max: half(self.max),
        }
    }
}

/// Bytes per second, rounded down; `None` for no time at all.
pub fn bytes_per_second(bytes: u64, elapsed: Duration) -> Option<u64> {
    let seconds = elapsed.as_secs_f64();
    (seconds > 0.0).then(|| (bytes as f64 / seconds) as u64)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_empty_recorder_has_no_summary() {
        let r = RttRecorder::new();
        assert_eq!(r.count(), 0);
        assert_eq!(r.summary(), None);
        assert_eq!(r.quantile_us(0.5), None);
    }

    #[test]
    fn percentiles_come_from_the_recorded_times() {
        let mut r = RttRecorder::new();
        for us in 1..=100u64 {
            r.record(Duration::from_micros(us));
        }
        let s = r.summary().expect("a summary");
        assert_eq!(r.count(), 100);
        assert_eq!(s.min, 1.0);
        assert_eq!(s.max, 100.0);
        // Three significant digits: within 0.1 % of the exact value.
        assert!((s.p50 - 50.0).abs() <= 0.1, "{s:?}");
        assert!((s.p90 - 90.0).abs() <= 0.1, "{s:?}");
        assert!((s.p99 - 99.0).abs() <= 0.1, "{s:?}");
        assert!(s.min <= s.p50 && s.p50 <= s.p90 && s.p90 <= s.p99 && s.p99 <= s.max);
    }

    #[test]
    fn sub_microsecond_times_keep_a_tenth() {
        let mut r = RttRecorder::new();
        r.record(Duration::from_nanos(12_345));
        let s = r.summary().expect("a summary");
        // 12 345 ns, within the histogram's 0.1 % and the rounding to a tenth.
        assert!(
            (s.min - 12.3).abs() < 0.15 && (s.p50 - 12.3).abs() < 0.15,
            "{s:?}"
        );
        r.record(Duration::ZERO);
        assert_eq!(r.count(), 2);
    }

    #[test]
    fn latency_summaries_have_the_mean_and_p99_9() {
        let mut r = RttRecorder::new();
        assert_eq!(r.latency(), None);
        for us in 1..=1000u64 {
            r.record(Duration::from_micros(us));
        }
        let l = r.latency().expect("a summary");
        assert_eq!(l.count, 1000);
        assert!((l.mean - 500.5).abs() <= 0.5, "{l:?}");
        assert!((l.p99_9 - 999.0).abs() <= 1.0, "{l:?}");
        let half = l.halved();
        assert_eq!(half.count, 1000);
        assert!((half.p50 - l.p50 / 2.0).abs() <= 0.05, "{half:?}");
        assert!((half.max - l.max / 2.0).abs() <= 0.05, "{half:?}");
    }

    #[test]
    fn throughput() {
        assert_eq!(
            bytes_per_second(1_000_000, Duration::from_millis(500)),
            Some(2_000_000)
        );
        assert_eq!(bytes_per_second(1, Duration::ZERO), None);
    }
}

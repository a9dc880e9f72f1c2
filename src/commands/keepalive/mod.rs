//! `sockref keepalive`: TCP keepalive on this host. The system defaults
//! (`net.ipv4.tcp_keepalive_time`, `_intvl`, `_probes`, tcp(7)), what a fresh TCP socket
//! inherits from them (SO_KEEPALIVE, TCP_KEEPIDLE, TCP_KEEPINTVL, TCP_KEEPCNT), and how
//! long each setting takes to notice a dead peer: idle + interval × count.

use std::borrow::Cow;

use serde::Serialize;

pub mod demo;

use crate::cli::KeepaliveArgs;
use crate::error::{Error, Result};
use crate::exit::ExitStatus;
use crate::reference::options::{SockOpt, find};
use crate::report::Report;
use crate::socket_module::options::read::{SetOutcome, set_and_compare};
use crate::socket_module::options::{SocketKind, input, names};
use crate::sys::socket::Socket;
use crate::sys::sockopt as so;
use crate::sys::sysctl;

/// The system's keepalive defaults and a socket's own settings.
#[derive(Debug, Clone, Serialize)]
pub struct KeepaliveReport {
    pub system: SystemKeepalive,
    pub socket: SocketKeepalive,
}

/// The defaults every new TCP socket starts from, under /proc/sys/net/ipv4.
#[derive(Debug, Clone, Serialize)]
pub struct SystemKeepalive {
    pub tcp_keepalive_time: Option<i64>,
    pub tcp_keepalive_intvl: Option<i64>,
    pub tcp_keepalive_probes: Option<i64>,
    /// time + intvl × probes, when all three could be read.
    pub detection_seconds: Option<i64>,
    /// Why a tunable could not be read.
    pub errors: Vec<Error>,
}

/// One TCP socket's keepalive options.
#[derive(Debug, Clone, Serialize)]
pub struct SocketKeepalive {
    pub family: String,
    /// The `--idle`, `--interval` and `--count` values applied, with what the kernel kept.
    pub set: Vec<SetOutcome>,
    #[serde(rename = "SO_KEEPALIVE")]
    pub so_keepalive: bool,
    #[serde(rename = "TCP_KEEPIDLE")]
    pub tcp_keepidle: i64,
    #[serde(rename = "TCP_KEEPINTVL")]
    pub tcp_keepintvl: i64,
    #[serde(rename = "TCP_KEEPCNT")]
    pub tcp_keepcnt: i64,
    /// TCP_KEEPIDLE + TCP_KEEPINTVL × TCP_KEEPCNT.
    pub detection_seconds: i64,
    /// Whether all three times equal the system defaults.
    pub inherited: bool,
}

impl Report for KeepaliveReport {
    /// 1 when the kernel refused a setting, else 0.
    fn exit_status(&self) -> ExitStatus {
        if self.socket.set.iter().any(|s| s.error.is_some()) {
            ExitStatus::No
        } else {
            ExitStatus::Success
        }
    }

    fn failures(&self) -> Vec<Cow<'_, Error>> {
        self.socket
            .set
            .iter()
            .filter_map(|s| s.error.as_ref())
            .map(Cow::Borrowed)
            .collect()
    }
}

/// The time to notice a dead peer: the idle time, then `count` unanswered probes
/// `interval` apart (tcp(7)).
pub fn detection_seconds(idle: i64, interval: i64, count: i64) -> i64 {
    idle.saturating_add(interval.saturating_mul(count))
}

/// Runs `keepalive`.
pub fn run(args: &KeepaliveArgs) -> Result<KeepaliveReport> {
    let family = names::family(&args.family)
        .ok()
        .filter(|f| matches!(*f, libc::AF_INET | libc::AF_INET6))
        .ok_or_else(|| {
            Error::input(
                "keepalive",
                format!("--family {}", args.family),
                "TCP keepalive needs inet or inet6",
            )
        })?;
    let settings = parse_settings(args)?;
    let kind = SocketKind {
        family,
        socktype: libc::SOCK_STREAM,
        proto: 0,
    };
    let s = kind.open()?;
    let set = settings
        .iter()
        .map(|(opt, input, value)| set_and_compare(&s, opt, input, value))
        .collect();
    let system = system_defaults();
    let socket = socket_keepalive(&s, &kind, set, &system)?;
    Ok(KeepaliveReport { system, socket })
}

type Setting = (&'static SockOpt, String, input::SetValue);

fn parse_settings(args: &KeepaliveArgs) -> Result<Vec<Setting>> {
    let wanted = [
        ("--idle", "TCP_KEEPIDLE", &args.idle),
        ("--interval", "TCP_KEEPINTVL", &args.interval),
        ("--count", "TCP_KEEPCNT", &args.count),
    ];
    let mut out = Vec::new();
    for (flag, name, text) in wanted {
        let (Some(text), Some(opt)) = (text, find(name)) else {
            continue;
        };
        let value = input::parse(opt.kind, text)
            .map_err(|r| Error::input("keepalive", format!("{flag} {text}"), r))?;
        out.push((opt, text.clone(), value));
    }
    Ok(out)
}

fn system_defaults() -> SystemKeepalive {
    let mut errors = Vec::new();
    let mut read = |name: &str| {
        sysctl::read_int(name)
            .map_err(|e| {
                let path = sysctl::path_of(name).display().to_string();
                errors.push(e.into_error("open", &path, ""));
            })
            .ok()
    };
    let time = read("net.ipv4.tcp_keepalive_time");
    let intvl = read("net.ipv4.tcp_keepalive_intvl");
    let probes = read("net.ipv4.tcp_keepalive_probes");
    let detection = match (time, intvl, probes) {
        (Some(t), Some(i), Some(p)) => Some(detection_seconds(t, i, p)),
        _ => None,
    };
    SystemKeepalive {
        tcp_keepalive_time: time,
        tcp_keepalive_intvl: intvl,
        tcp_keepalive_probes: probes,
        detection_seconds: detection,
        errors,
    }
}

fn socket_keepalive(
    s: &Socket,
    kind: &SocketKind,
    set: Vec<SetOutcome>,
    system: &SystemKeepalive,
) -> Result<SocketKeepalive> {
    let get = |level: i32, name: i32, text: &str| {
        so::get_int(s, level, name)
            .map(i64::from)
            .map_err(|e| e.into_error("getsockopt", text, ""))
    };
    let so_keepalive = get(
        libc::SOL_SOCKET,
        libc::SO_KEEPALIVE,
        "SOL_SOCKET, SO_KEEPALIVE",
    )? != 0;
    let idle = get(
        libc::IPPROTO_TCP,
        libc::TCP_KEEPIDLE,
        "IPPROTO_TCP, TCP_KEEPIDLE",
    )?;
    let intvl = get(
        libc::IPPROTO_TCP,
        libc::TCP_KEEPINTVL,
        "IPPROTO_TCP, TCP_KEEPINTVL",
    )?;
    let cnt = get(
        libc::IPPROTO_TCP,
        libc::TCP_KEEPCNT,
        "IPPROTO_TCP, TCP_KEEPCNT",
    )?;
    let inherited = (Some(idle), Some(intvl), Some(cnt))
        == (
            system.tcp_keepalive_time,
            system.tcp_keepalive_intvl,
            system.tcp_keepalive_probes,
        );
    Ok(SocketKeepalive {
        family: names::family_arg(kind.family).to_string(),
        set,
        so_keepalive,
        tcp_keepidle: idle,
        tcp_keepintvl: intvl,
        tcp_keepcnt: cnt,
        detection_seconds: detection_seconds(idle, intvl, cnt),
        inherited,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn detection_is_idle_plus_interval_times_count() {
        assert_eq!(detection_seconds(7200, 75, 9), 7875);
        assert_eq!(detection_seconds(60, 10, 5), 110);
        assert_eq!(detection_seconds(i64::MAX, 1, 1), i64::MAX);
    }
}

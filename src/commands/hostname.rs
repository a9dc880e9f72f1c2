//! `sockref hostname`: this host's name as gethostname and getfqdn give it, and the
//! addresses a program resolving its own name gets.
//!
//! getfqdn and getaddrinfo run side by side under one deadline, so the command ends within
//! `--timeout` however slow the resolver is, with whichever answers came in time.

use std::time::Duration;

use std::borrow::Cow;

use serde::Serialize;

use crate::deadline::{self, Deadline};
use crate::error::{Error, Result};
use crate::exit::ExitStatus;
use crate::report::Report;
use crate::socket_module::names::{self, AddrInfoQuery};
use crate::sys::netdb::Hints;
use crate::text::Text;

/// This host's names.
#[derive(Debug, Clone, Serialize)]
pub struct HostnameReport {
    pub hostname: Text,
    /// getfqdn(); `None` when it missed the deadline.
    pub fqdn: Option<Text>,
    /// Why `fqdn` is missing.
    pub fqdn_error: Option<Error>,
    /// getaddrinfo(hostname) addresses, distinct, in the resolver's order.
    pub addresses: Vec<Text>,
    /// Why the addresses are missing, when the host's own name does not resolve.
    pub error: Option<Error>,
}

impl HostnameReport {
    /// The deadlines missed: an answer that never came, unlike a name that does not resolve
    /// (itself an answer about this host).
    fn timeouts(&self) -> impl Iterator<Item = &Error> {
        [&self.fqdn_error, &self.error]
            .into_iter()
            .flatten()
            .filter(|e| matches!(e, Error::Timeout { .. }))
    }
}

impl Report for HostnameReport {
    /// 1 when a lookup missed the deadline.
    fn exit_status(&self) -> ExitStatus {
        crate::report::worst_of(self.timeouts())
    }

    fn failures(&self) -> Vec<Cow<'_, Error>> {
        self.timeouts().map(Cow::Borrowed).collect()
    }
}

/// Runs `hostname`: both lookups within `timeout`.
pub fn run(timeout: Duration) -> Result<HostnameReport> {
    let hostname = names::gethostname()?;
    let deadline = Deadline::after(timeout);
    let name = String::from_utf8_lossy(hostname.as_bytes()).into_owned();
    let query = AddrInfoQuery {
        host: Some(name),
        port: None,
        hints: Hints {
            socktype: libc::SOCK_STREAM,
            ..Hints::default()
        },
    };
    let fqdn = deadline::spawn(deadline, || names::getfqdn_blocking(None));
    let addresses = names::getaddrinfo(&query, deadline);
    let fqdn = fqdn
        .wait(deadline)
        .unwrap_or_else(|| Err(names::timed_out("getfqdn", "", deadline.budget())));
    let (fqdn, fqdn_error) = match fqdn {
        Ok(fqdn) => (Some(fqdn), None),
        Err(e) => (None, Some(e)),
    };
    let (addresses, error) = match addresses {
        Ok(rows) => {
            let mut addresses: Vec<Text> = Vec::new();
            for row in rows {
                if !addresses.contains(&row.sockaddr.address) {
                    addresses.push(row.sockaddr.address);
                }
            }
            (addresses, None)
        }
        Err(e) => (Vec::new(), Some(e)),
    };
    Ok(HostnameReport {
        hostname,
        fqdn,
        fqdn_error,
        addresses,
        error,
    })
}

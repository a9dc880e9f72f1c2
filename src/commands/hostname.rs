//! `sockref hostname`: this host's name as gethostname and getfqdn give it, and the
//! addresses a program resolving its own name gets.

use std::time::Duration;

use serde::Serialize;

use crate::error::{Error, Result};
use crate::report::Report;
use crate::socket_module::names::{self, AddrInfoQuery};
use crate::sys::netdb::Hints;
use crate::text::Text;

/// This host's names.
#[derive(Debug, Clone, Serialize)]
pub struct HostnameReport {
    pub hostname: Text,
    pub fqdn: Text,
    /// getaddrinfo(hostname) addresses, distinct, in the resolver's order.
    pub addresses: Vec<Text>,
    /// Why the addresses are missing, when the host's own name does not resolve.
    pub error: Option<Error>,
}

impl Report for HostnameReport {}

/// Runs `hostname`.
pub fn run(timeout: Duration) -> Result<HostnameReport> {
    let hostname = names::gethostname()?;
    let fqdn = names::getfqdn(None, timeout)?;
    let query = AddrInfoQuery {
        host: Some(String::from_utf8_lossy(hostname.as_bytes()).into_owned()),
        port: None,
        hints: Hints {
            socktype: libc::SOCK_STREAM,
            ..Hints::default()
        },
    };
    let (addresses, error) = match names::getaddrinfo(&query, timeout) {
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
        addresses,
        error,
    })
}

//! `sockref socketpair` and `sockref send_fds`: the two ends, and what crossed between
//! them.

use crate::commands::pairs::{SendFdsReport, SocketpairReport};
use crate::output::{Render, Sheet};

impl Render for SocketpairReport {
    fn sheets(&self) -> Vec<Sheet> {
        let mut ends = Sheet::new(["end", "fd", "sockname", "peername"]).titled(&self.call);
        for (i, e) in self.ends.iter().enumerate() {
            let none = || "-".to_string();
            ends.row([
                (i + 1).to_string(),
                e.fd.to_string(),
                e.sockname.clone().unwrap_or_else(none),
                e.peername.clone().unwrap_or_else(none),
            ]);
        }
        let r = &self.round_trip;
        let yes = |b: bool| if b { "arrived" } else { "LOST" };
        let mut trip = Sheet::new(["direction", "bytes", "result"]).titled("b'ping' each way");
        trip.row([
            "1 -> 2".to_string(),
            r.bytes.to_string(),
            yes(r.first_to_second).to_string(),
        ]);
        trip.row([
            "2 -> 1".to_string(),
            r.bytes.to_string(),
            yes(r.second_to_first).to_string(),
        ]);
        trip.note(format!(
            "both ways in {:.0} µs; the ends have no address",
            r.us
        ));
        vec![ends, trip]
    }
}

impl Render for SendFdsReport {
    fn sheets(&self) -> Vec<Sheet> {
        let mut sheet = Sheet::new(["descriptor", "fd", "device", "inode"])
            .titled(format!("{} -> {}", self.send, self.recv));
        for (name, seen) in [("sent", &self.sent), ("received", &self.received)] {
            sheet.row([
                name.to_string(),
                seen.fd.to_string(),
                seen.device.to_string(),
                seen.inode.to_string(),
            ]);
        }
        let same = if self.same_file {
            "the same open file under a new number"
        } else {
            "NOT the same file"
        };
        sheet.note(format!(
            "{same}; read through it: {:?}; data beside it: {:?}",
            self.read_back, self.data
        ));
        sheet.note(format!(
            "one SCM_RIGHTS message: CMSG_LEN(4) = {}, CMSG_SPACE(4) = {}; msg_flags {}",
            self.cmsg_len, self.cmsg_space, self.msg_flags_names
        ));
        vec![sheet]
    }
}

impl Render for crate::commands::server::ServerReport {
    fn sheets(&self) -> Vec<Sheet> {
        let mut listener = Sheet::new(["option", "value"]).titled(format!(
            "{}: listening on {}, backlog {}",
            self.call, self.listening, self.backlog
        ));
        for o in &self.options {
            listener.row([o.name.to_string(), o.value.to_string()]);
        }
        let v6only = self
            .options
            .iter()
            .any(|o| o.name == "IPV6_V6ONLY" && o.value == 1);
        if v6only && self.call.contains("dualstack_ipv6=True") {
            listener.note(
                "bound to a particular IPv6 address, the socket is IPv6-only whatever was \
                 asked: the kernel sets IPV6_V6ONLY at bind (bind [::] to serve both)",
            );
        }
        let mut clients = Sheet::new(["client", "connected to", "from", "the server saw"])
            .titled("a client of each family, over loopback");
        for c in &self.clients {
            let dash = || "-".to_string();
            clients.row([
                c.over.to_string(),
                c.connected_to.clone(),
                c.from.clone().unwrap_or_else(dash),
                c.server_saw
                    .clone()
                    .or_else(|| c.error.clone())
                    .unwrap_or_else(dash),
            ]);
        }
        vec![listener, clients]
    }
}

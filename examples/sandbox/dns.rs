//! The DNS side of the sandbox: hickory-server answering from the zone files, a SERVFAIL
//! rule in front of it, and "silent" servers that swallow queries.
//!
//! Every socket is bound synchronously in `start`, before COMMAND is spawned: the kernel
//! queues datagrams and connections from then on, so the first query cannot race the server.

use std::io;
use std::net::{IpAddr, SocketAddr, TcpListener, UdpSocket};
use std::sync::Arc;
use std::thread;
use std::time::Duration;

use hickory_server::Server;
use hickory_server::net::runtime::Time;
use hickory_server::proto::op::{Edns, Header, HeaderCounts, Metadata, ResponseCode};
use hickory_server::proto::rr::LowerName;
use hickory_server::server::{Request, RequestHandler, ResponseHandler, ResponseInfo};
use hickory_server::zone_handler::{Catalog, MessageResponseBuilder};
use tokio::io::AsyncReadExt;

use crate::Failure;
use crate::isolate;
use crate::zone::Zone;

const DNS_PORT: u16 = 53;
/// How long hickory keeps an idle TCP connection; queries in tests take milliseconds.
const TCP_IDLE_TIMEOUT: Duration = Duration::from_secs(5);
/// Responses queued per TCP connection (hickory's own tests use 32).
const TCP_RESPONSE_BUFFER: usize = 32;

pub struct Config {
    pub zones: Vec<Zone>,
    pub servfail: Vec<LowerName>,
    pub listen: IpAddr,
    pub silent: Vec<IpAddr>,
}

/// Binds every socket, then serves them from a background thread for the life of the process.
pub fn start(config: Config) -> Result<(), Failure> {
    let handler = Handler::new(config.zones, config.servfail)?;
    let answering = bind_pair(config.listen)?;
    let silent = config
        .silent
        .iter()
        .map(|&addr| bind_pair(addr))
        .collect::<Result<Vec<_>, _>>()?;

    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| Failure::setup("start tokio runtime", e))?;
    // Server::register_* spawn onto the current runtime, and from_std needs its reactor.
    let mut server = {
        let _context = runtime.enter();
        let mut server = Server::new(handler);
        let (udp, tcp) = to_tokio(answering, config.listen)?;
        server.register_socket(udp);
        server.register_listener(tcp, TCP_IDLE_TIMEOUT, TCP_RESPONSE_BUFFER);
        for (pair, &addr) in silent.into_iter().zip(&config.silent) {
            let (udp, tcp) = to_tokio(pair, addr)?;
            runtime.spawn(swallow_datagrams(udp));
            runtime.spawn(swallow_connections(tcp));
        }
        server
    };

    thread::Builder::new()
        .name("dns".into())
        .spawn(move || {
            if let Err(e) = runtime.block_on(server.block_until_done()) {
                // COMMAND keeps running; its lookups will show the failure too.
                eprintln!("{}", Failure::setup("dns server", e));
            }
        })
        .map_err(|e| Failure::setup("start dns thread", e))?;
    Ok(())
}

type SocketPair = (UdpSocket, TcpListener);

/// Binds UDP and TCP port 53 on `addr`, first putting `addr` on loopback if it is not local.
fn bind_pair(addr: IpAddr) -> Result<SocketPair, Failure> {
    let socket = SocketAddr::new(addr, DNS_PORT);
    let bind =
        || -> io::Result<SocketPair> { Ok((UdpSocket::bind(socket)?, TcpListener::bind(socket)?)) };
    match bind() {
        Err(e) if e.kind() == io::ErrorKind::AddrNotAvailable => {
            isolate::add_to_loopback(addr)?;
            bind()
        }
        other => other,
    }
    .map_err(|e| Failure::setup(format!("bind {socket}"), e))
}

fn to_tokio(
    (udp, tcp): SocketPair,
    addr: IpAddr,
) -> Result<(tokio::net::UdpSocket, tokio::net::TcpListener), Failure> {
    let convert = || -> io::Result<_> {
        udp.set_nonblocking(true)?;
        tcp.set_nonblocking(true)?;
        Ok((
            tokio::net::UdpSocket::from_std(udp)?,
            tokio::net::TcpListener::from_std(tcp)?,
        ))
    };
    convert().map_err(|e| Failure::setup(format!("register {addr} port {DNS_PORT}"), e))
}

/// A server that reads every query and never answers, so clients hit their timeout.
async fn swallow_datagrams(socket: tokio::net::UdpSocket) {
    let mut buffer = [0u8; 65_535];
    while socket.recv_from(&mut buffer).await.is_ok() {}
}

async fn swallow_connections(listener: tokio::net::TcpListener) {
    while let Ok((mut stream, _)) = listener.accept().await {
        // The connection stays open until the client gives up.
        tokio::spawn(async move {
            let mut buffer = [0u8; 4096];
            while matches!(stream.read(&mut buffer).await, Ok(n) if n > 0) {}
        });
    }
}

/// hickory's Catalog, with SERVFAIL for the names given by --servfail.
struct Handler {
    catalog: Catalog,
    servfail: Vec<LowerName>,
}

impl Handler {
    fn new(zones: Vec<Zone>, servfail: Vec<LowerName>) -> Result<Self, Failure> {
        let mut catalog = Catalog::new();
        for zone in zones {
            if catalog.contains(&zone.origin) {
                return Err(Failure::setup(
                    format!("zone {}", zone.origin),
                    "given by more than one --zone",
                ));
            }
            catalog.upsert(zone.origin, vec![Arc::new(zone.handler)]);
        }
        Ok(Handler { catalog, servfail })
    }

    fn wants_servfail(&self, request: &Request) -> bool {
        request.queries.queries().iter().any(|query| {
            let name = query.name();
            self.servfail.iter().any(|cut| cut.zone_of(name))
        })
    }
}

#[async_trait::async_trait]
impl RequestHandler for Handler {
    async fn handle_request<R: ResponseHandler, T: Time>(
        &self,
        request: &Request,
        mut response_handle: R,
    ) -> ResponseInfo {
        if !self.wants_servfail(request) {
            return self
                .catalog
                .handle_request::<R, T>(request, response_handle)
                .await;
        }
        // RFC 6891 section 7: a response to a query with OPT carries OPT too.
        let edns = request.edns.as_ref().map(|query_edns| {
            let mut edns = Edns::new();
            edns.set_max_payload(query_edns.max_payload().max(512));
            edns
        });
        let response = MessageResponseBuilder::new(&request.queries, edns.as_ref())
            .error_msg(&request.metadata, ResponseCode::ServFail);
        match response_handle.send_response(response).await {
            Ok(info) => info,
            Err(e) => {
                eprintln!("{}", Failure::setup("send SERVFAIL", e));
                servfail_info(request)
            }
        }
    }
}

/// What the server records about a response it could not send.
fn servfail_info(request: &Request) -> ResponseInfo {
    let mut metadata = Metadata::response_from_request(&request.metadata);
    metadata.response_code = ResponseCode::ServFail;
    ResponseInfo::from(Header {
        metadata,
        counts: HeaderCounts::default(),
    })
}

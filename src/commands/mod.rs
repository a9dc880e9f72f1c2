//! One module per command: arguments in, a typed report out, nothing printed. This file
//! is the one `match` from subcommand to report; mirrors are thin shells over the same
//! functions the friendly verbs use.

pub mod backlog;
pub mod byteorder;
pub mod code;
pub mod connect;
pub mod constants;
pub mod decode;
pub mod echo;
pub mod errno;
pub mod explain;
pub mod happy;
pub mod hostname;
pub mod inet;
pub mod interfaces;
pub mod keepalive;
pub mod mirror;
pub mod pairs;
pub mod prefix;
pub mod proto;
pub mod reference;
pub mod resolve;
pub mod reverse;
pub mod server;
pub mod service;
pub mod sockets;
pub mod sockopt;

use std::time::Duration;

use crate::cli::Command;
use crate::error::{Error, Result};
use crate::output::Render;
use crate::report::Report;
use crate::socket_module::pyargs::PyArg;

/// Settings every command shares.
#[derive(Debug, Clone, Copy)]
pub struct Context<'a> {
    /// The deadline of each blocking call.
    pub timeout: Duration,
    /// Where a long-running command says something before its report is ready.
    pub progress: &'a dyn Progress,
}

/// What a long-running command (`echo --serve`) has to say before its report: a line
/// that scripts wait for, such as the address a server listens on, and warnings. The
/// output layer implements it; commands only hand over reports and words.
pub trait Progress: std::fmt::Debug {
    /// Writes `report` on stdout at once, as one line (one compact JSON object under
    /// `--json`), and flushes.
    fn announce(&self, report: &dyn Render);
    /// Writes a one-line warning on stderr.
    fn warn(&self, message: &str);
}

/// A completion script, written as is in every format.
pub struct Script(pub Vec<u8>);

/// Its JSON form, never written (the script is raw), is the text itself.
impl serde::Serialize for Script {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&String::from_utf8_lossy(&self.0))
    }
}

impl Report for Script {}

/// Runs a command and returns its report.
pub fn run(command: &Command, ctx: &Context) -> Result<Box<dyn Render>> {
    let t = ctx.timeout;
    if let Some(language) = command.code() {
        return Ok(Box::new(code::run(command, language, ctx)?));
    }
    if let Some(report) = explained(command, t) {
        return report;
    }
    Ok(match command {
        Command::Resolve(args) => Box::new(resolve::run(args, t)?),
        Command::Reverse(args) => Box::new(reverse::run(args, t)?),
        Command::Hostname(_) => Box::new(hostname::run(t)?),
        Command::Service(args) => Box::new(service::run(args)?),
        Command::Proto(args) => Box::new(proto::run(args)?),
        Command::Byteorder(args) => Box::new(byteorder::run(&args.value)?),
        Command::Inet(args) if args.address.contains('/') => Box::new(prefix::run(args)?),
        Command::Inet(args) if args.contains.is_some() => {
            return Err(Error::input(
                "inet",
                format!("--contains for {}", args.address),
                "--contains needs a prefix, such as 192.168.1.0/24",
            ));
        }
        Command::Inet(args) => Box::new(inet::run(&args.address)?),
        Command::Interfaces(args) => Box::new(interfaces::run(args)?),
        Command::Sockets(args) => Box::new(sockets::run(args)?),
        Command::Sockopt(args) => Box::new(sockopt::run(args, t)?),
        Command::Keepalive(args) if args.demo => Box::new(keepalive::demo::run(args)?),
        Command::Keepalive(args) => Box::new(keepalive::run(args)?),
        Command::Connect(args) if args.happy_eyeballs => {
            Box::new(happy::run(args, args.attempt_delay, t)?)
        }
        Command::Connect(args) => Box::new(connect::run(args, t)?),
        Command::CreateConnection(args) => Box::new(connect::mirror(args, t)?),
        Command::Fromfd(args) => Box::new(mirror::Mirror::new(
            "fromfd",
            vec![
                ("pid", PyArg::Int(args.pid.into())),
                ("fd", PyArg::Int(args.fd.into())),
            ],
            sockopt::live::fromfd(args.pid, args.fd)?,
        )?),
        Command::Backlog(args) => Box::new(backlog::run(args, t)?),
        Command::Echo(args) => echo::run(args, ctx)?,
        Command::Getsockopt(args) => Box::new(mirror::sockopt::getsockopt(args, ctx.progress)?),
        Command::Setsockopt(args) => Box::new(mirror::sockopt::setsockopt(args, ctx.progress)?),
        Command::Const(args) => match (&args.decode, &args.prefix) {
            (Some(value), Some(prefix)) => Box::new(decode::run(value, prefix)?),
            _ => Box::new(constants::run(args)?),
        },
        Command::Errno(args) => Box::new(errno::run(args)?),
        Command::Ref(args) => Box::new(reference::run(args.name.as_deref())?),
        Command::Socketpair(args) => Box::new(pairs::socketpair(args)?),
        Command::SendFds(_) => Box::new(pairs::send_fds()?),
        Command::CreateServer(args) => Box::new(server::run(args, t)?),
        Command::Completions(args) => Box::new(Script(crate::complete::registration(args.shell))),
        mirror => Box::new(mirror::run(mirror, t)?),
    })
}

/// The report of `resolve --explain`/`--policy` or `getaddrinfo --explain`, if asked for.
fn explained(command: &Command, t: std::time::Duration) -> Option<Result<Box<dyn Render>>> {
    let report = match command {
        Command::Resolve(args) if args.explain || args.policy => explain::resolve(args, t),
        Command::Getaddrinfo(args) if args.explain => {
            mirror::names::addrinfo_query(args).and_then(|q| explain::getaddrinfo(&q, t))
        }
        _ => return None,
    };
    Some(report.map(|r| Box::new(r) as Box<dyn Render>))
}

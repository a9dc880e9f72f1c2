//! The experiments' engines: what the textbooks claim about sockets, run on this host
//! with the echo engine's sockets. [`backlog`] fills an accept queue that nothing
//! accepts from; [`heartbeat`] shows an application heartbeat noticing a hung peer that
//! TCP keepalive would not.

pub mod backlog;
pub mod heartbeat;

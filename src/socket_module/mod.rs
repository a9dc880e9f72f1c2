//! The socket module as Python sees it: the calls that the friendly verbs and the
//! function mirrors share, so that `sockref resolve` and `sockref getaddrinfo` can never
//! disagree. Each function takes the user's text, refuses it where Python would, makes the
//! C library's call through [`crate::sys`] and returns Python's result or Python's error.
//! Also what those calls need: symbolic-name and number parsing ([`parse`]), host:port
//! forms ([`endpoint`]), address classes ([`addrclass`]) and Python's text of a call
//! ([`pyargs`]).

pub mod addrclass;
pub mod byteorder;
pub mod cmsg;
pub mod databases;
pub mod endpoint;
pub mod inet;
pub mod interfaces;
pub mod names;
pub mod options;
pub mod parse;
pub mod prefix;
pub mod pyargs;
pub mod server;
pub mod sorting;

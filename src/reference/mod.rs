//! The built-in reference: the one catalogue of the socket API's named constants, socket
//! options and error codes, with what each means, written for this project in its own
//! words. Pure data; the commands pair it with the platform's live answers (messages,
//! option values).
//!
//! - [`constants`]: the constant groups of DESIGN.md section 1 (AF_, SOCK_, SO_, ...),
//!   each constant's name, value on this platform and meaning;
//! - [`options`]: the socket options sockref reads and sets, with level, kind of value,
//!   the sockets they apply to and what they mean;
//! - [`errors`]: errno values, EAI_* codes and h_errno codes, the calls that return them
//!   and their usual cause.

pub mod constants;
pub mod errors;
pub mod options;

pub use errors::{ErrorNote, error_note};

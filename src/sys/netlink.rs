//! One netlink dump: a request with NLM_F_DUMP, and every message of the answer up to
//! NLMSG_DONE. The answer comes as datagrams of several messages each; the end is a
//! message of its own, a failure an NLMSG_ERROR with the errno.

use netlink_packet_core::{
    NLM_F_DUMP, NLM_F_REQUEST, NetlinkBuffer, NetlinkDeserializable, NetlinkHeader, NetlinkMessage,
    NetlinkPayload, NetlinkSerializable,
};
use netlink_sys::{Socket, SocketAddr};

use super::SysError;

/// The length of a netlink message header.
const HEADER_LEN: usize = 16;

/// A netlink socket of `protocol` (NETLINK_ROUTE, NETLINK_SOCK_DIAG) talking to the
/// kernel.
pub fn open(protocol: isize) -> Result<Socket, SysError> {
    let mut socket = Socket::new(protocol).map_err(io)?;
    socket.bind_auto().map_err(io)?;
    socket.connect(&SocketAddr::new(0, 0)).map_err(io)?;
    Ok(socket)
}

/// Every message the kernel answers `request` with, in order.
pub fn dump<M>(socket: &Socket, request: M, sequence: u32) -> Result<Vec<M>, SysError>
where
    M: NetlinkSerializable + NetlinkDeserializable + std::fmt::Debug,
    NetlinkPayload<M>: From<M>,
{
    let mut header = NetlinkHeader::default();
    header.flags = NLM_F_REQUEST | NLM_F_DUMP;
    header.sequence_number = sequence;
    let mut message = NetlinkMessage::new(header, NetlinkPayload::from(request));
    message.finalize();
    let mut bytes = vec![0u8; message.buffer_len()];
    message.serialize(&mut bytes);
    socket.send(&bytes, 0).map_err(io)?;
    let mut answers = Vec::new();
    let mut datagram = Vec::new();
    loop {
        receive(socket, &mut datagram)?;
        let mut offset = 0;
        while offset + HEADER_LEN <= datagram.len() {
            let buffer = NetlinkBuffer::new_checked(&datagram[offset..])
                .map_err(|_| SysError::Errno(libc::EBADMSG))?;
            let length = buffer.length() as usize;
            let Some(one) = datagram.get(offset..offset + length) else {
                return Err(SysError::Errno(libc::EBADMSG));
            };
            // NLMSG_ALIGN: messages start on 4-byte boundaries.
            offset += length.div_ceil(4) * 4;
            if buffer.sequence_number() != sequence {
                continue;
            }
            // A message this crate cannot decode (a newer kernel's) is left out.
            let Ok(parsed) = NetlinkMessage::<M>::deserialize(one) else {
                continue;
            };
            match parsed.payload {
                NetlinkPayload::InnerMessage(m) => answers.push(m),
                NetlinkPayload::Done(_) => return Ok(answers),
                NetlinkPayload::Error(e) => {
                    if let Some(code) = e.code {
                        return Err(SysError::Errno(-code.get()));
                    }
                }
                _ => {}
            }
        }
    }
}

/// One whole datagram: its size peeked first (MSG_TRUNC), so that none is cut short. A
/// large buffer also makes the kernel pack a dump into few datagrams.
fn receive(socket: &Socket, datagram: &mut Vec<u8>) -> Result<(), SysError> {
    datagram.clear();
    datagram.reserve(65536);
    let size = socket
        .recv(datagram, libc::MSG_PEEK | libc::MSG_TRUNC)
        .map_err(io)?;
    datagram.clear();
    datagram.reserve(size);
    socket.recv(datagram, 0).map_err(io)?;
    Ok(())
}

fn io(e: std::io::Error) -> SysError {
    SysError::Errno(e.raw_os_error().unwrap_or(libc::EIO))
}

//! Socket I/O the echo pair needs beyond socket2's safe API: recvfrom(2) into an ordinary
//! byte buffer, and close(2) with its result (dropping a socket throws the result away).

use std::io;
use std::mem::MaybeUninit;

use socket2::{SockAddr, Socket};

use super::errors::SysError;

/// recvfrom(2) into `buf`: how many bytes arrived and who sent them.
pub fn recv_from(s: &Socket, buf: &mut [u8]) -> io::Result<(usize, SockAddr)> {
    // SAFETY: `[u8]` and `[MaybeUninit<u8>]` have the same layout. socket2's recv_from
    // only ever writes bytes the kernel copied in, never uninitialised ones, so `buf`
    // stays fully initialised (socket2 documents this for its `Read` implementation,
    // which casts the same way).
    let uninit = unsafe { &mut *(std::ptr::from_mut::<[u8]>(buf) as *mut [MaybeUninit<u8>]) };
    s.recv_from(uninit)
}

/// close(2): closes the socket and says whether the kernel reported an error.
pub fn close(s: Socket) -> Result<(), SysError> {
    nix::unistd::close(s).map_err(|e| SysError::Errno(e as i32))
}

#[cfg(test)]
mod tests {
    use super::*;
    use socket2::{Domain, Type};

    #[test]
    fn recv_from_names_the_sender() {
        let any = SockAddr::from(std::net::SocketAddr::from(([127, 0, 0, 1], 0)));
        let a = Socket::new(Domain::IPV4, Type::DGRAM, None).expect("socket");
        let b = Socket::new(Domain::IPV4, Type::DGRAM, None).expect("socket");
        a.bind(&any).expect("bind");
        b.bind(&any).expect("bind");
        let to = a.local_addr().expect("getsockname");
        b.send_to(b"hello", &to).expect("sendto");
        let mut buf = [0u8; 16];
        let (n, from) = recv_from(&a, &mut buf).expect("recvfrom");
        assert_eq!(&buf[..n], b"hello");
        assert_eq!(from.as_socket(), b.local_addr().expect("name").as_socket());
        assert_eq!(close(a), Ok(()));
    }
}

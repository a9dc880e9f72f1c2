//! Interface names and indexes: if_nameindex(3), if_nametoindex(3), if_indextoname(3).

use std::ffi::{CStr, CString};

use super::SysError;
use super::errors::last_errno;
use crate::text::Text;

/// Every interface's index and name, in the order the C library lists them.
pub fn if_nameindex() -> Result<Vec<(u32, Text)>, SysError> {
    // SAFETY: if_nameindex returns an array ending with a zero entry, or null with errno.
    let list = unsafe { libc::if_nameindex() };
    if list.is_null() {
        return Err(SysError::Errno(last_errno()));
    }
    let mut out = Vec::new();
    let mut entry = list;
    // SAFETY: every entry up to the terminating {0, NULL} is valid until
    // if_freenameindex, and its name is a NUL-terminated string.
    unsafe {
        while (*entry).if_index != 0 && !(*entry).if_name.is_null() {
            let name = CStr::from_ptr((*entry).if_name).to_bytes();
            out.push(((*entry).if_index, Text::from_bytes(name)));
            entry = entry.add(1);
        }
        libc::if_freenameindex(list);
    }
    Ok(out)
}

/// The index of the interface called `name`; None when there is none.
pub fn if_nametoindex(name: &CString) -> Option<u32> {
    // SAFETY: name is NUL-terminated.
    let index = unsafe { libc::if_nametoindex(name.as_ptr()) };
    (index != 0).then_some(index)
}

/// The name of the interface with `index`; ENXIO when there is none.
pub fn if_indextoname(index: u32) -> Result<Text, SysError> {
    let mut buf = [0 as libc::c_char; libc::IF_NAMESIZE];
    // SAFETY: buf holds IF_NAMESIZE bytes, as if_indextoname requires.
    let named = unsafe { libc::if_indextoname(index, buf.as_mut_ptr()) };
    if named.is_null() {
        return Err(SysError::Errno(last_errno()));
    }
    // SAFETY: on success buf holds a NUL-terminated name.
    let name = unsafe { CStr::from_ptr(buf.as_ptr()) };
    Ok(Text::from_bytes(name.to_bytes()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn loopback_is_listed_and_found_both_ways() {
        let list = if_nameindex().expect("the interfaces");
        let (index, name) = list
            .iter()
            .find(|(_, n)| n.as_bytes() == b"lo")
            .expect("lo");
        let c = CString::new("lo").expect("no NUL");
        assert_eq!(if_nametoindex(&c), Some(*index));
        assert_eq!(
            if_indextoname(*index).expect("a name").as_bytes(),
            name.as_bytes()
        );
        assert_eq!(if_indextoname(0), Err(SysError::Errno(libc::ENXIO)));
    }
}

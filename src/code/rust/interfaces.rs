//! The Rust programs of the interface calls: if_nameindex, if_nametoindex, if_indextoname.

use super::support::Helper;
use super::{Snippet, expr};
use crate::code::{Call, fill};

pub fn snippet(call: &Call) -> Snippet {
    match call.function {
        "if_nameindex" => {
            Snippet::libc(&[], &[Helper::Die, Helper::Text], IF_NAMEINDEX.to_string())
        }
        "if_nametoindex" => Snippet::libc(
            &[],
            &[Helper::Die],
            fill(IF_NAMETOINDEX, &[("name", &expr(call.arg("if_name")))]),
        ),
        _ => Snippet::libc(
            &[],
            &[Helper::Die, Helper::Text],
            fill(IF_INDEXTONAME, &[("index", &expr(call.arg("if_index")))]),
        ),
    }
}

const IF_NAMEINDEX: &str =
    "// SAFETY: if_nameindex returns an array ending with a zero entry, or null.
let list = unsafe { libc::if_nameindex() };
if list.is_null() {
    die(\"if_nameindex\", std::io::Error::last_os_error());
}
let mut entry = list;
// SAFETY: every entry up to the zero one is valid until if_freenameindex.
unsafe {
    while (*entry).if_index != 0 {
        println!(\"{} {}\", (*entry).if_index, text((*entry).if_name));
        entry = entry.add(1);
    }
    libc::if_freenameindex(list);
}
";

const IF_NAMETOINDEX: &str = "// SAFETY: the name is NUL-terminated.
let index = unsafe { libc::if_nametoindex(@name@) };
if index == 0 {
    die(\"if_nametoindex\", \"no interface with this name\");
}
println!(\"{index}\");
";

const IF_INDEXTONAME: &str = "let mut name = [0 as libc::c_char; libc::IF_NAMESIZE];
// SAFETY: the buffer holds IF_NAMESIZE bytes.
if unsafe { libc::if_indextoname(@index@, name.as_mut_ptr()) }.is_null() {
    die(\"if_indextoname\", std::io::Error::last_os_error());
}
println!(\"{}\", text(name.as_ptr()));
";

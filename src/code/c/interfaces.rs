//! The C programs of the interface calls: if_nameindex, if_nametoindex, if_indextoname.

use super::{Snippet, expr};
use crate::code::Call;

pub fn snippet(call: &Call) -> Snippet {
    let body = match call.function {
        "if_nameindex" => IF_NAMEINDEX.to_string(),
        "if_nametoindex" => {
            crate::code::fill(IF_NAMETOINDEX, &[("name", &expr(call.arg("if_name")))])
        }
        _ => crate::code::fill(IF_INDEXTONAME, &[("index", &expr(call.arg("if_index")))]),
    };
    Snippet::new(&["net/if.h"], &[], body)
}

const IF_NAMEINDEX: &str = "struct if_nameindex *list = if_nameindex();
if (list == NULL) {
    perror(\"if_nameindex\");
    return 1;
}
for (const struct if_nameindex *i = list; i->if_index != 0; i++)
    printf(\"%u %s\\n\", i->if_index, i->if_name);
if_freenameindex(list);
";

const IF_NAMETOINDEX: &str = "unsigned index = if_nametoindex(@name@);
if (index == 0) {
    fprintf(stderr, \"if_nametoindex: no interface with this name\\n\");
    return 1;
}
printf(\"%u\\n\", index);
";

const IF_INDEXTONAME: &str = "char name[IF_NAMESIZE];
if (if_indextoname(@index@, name) == NULL) {
    perror(\"if_indextoname\");
    return 1;
}
puts(name);
";

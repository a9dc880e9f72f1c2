//! Links the `sockref` binary so that it starts as fast as a C tool.
//!
//! A single lookup (`sockref service https`) is a whole process, and the dynamic loader's
//! work at start-up is a large share of it (scripts/bench-lookups.sh measures it next to
//! `getent services https`). Two things here take most of that work away:
//!
//! - A position-dependent executable (`-no-pie`). A position-independent one is relocated
//!   at every start: about 4,000 pointers in sockref's tables and vtables, each on a page
//!   that is then copied on write. Linked at a fixed address, those pointers are final
//!   when the file is written. The C library, the stack and the heap are still placed at
//!   random; only the program's own code and data are not.
//! - The unwinder linked in from libgcc_eh.a rather than loaded from libgcc_s.so.1. The
//!   standard library asks for the unwinder's symbols even with `panic = "abort"` (for
//!   backtraces); as a shared library it costs an open, five mappings, its own relocations
//!   and a second object to search for every symbol: about a tenth of a lookup's time.
//!   Linked whole into the executable, every `_Unwind_*` reference is satisfied there and
//!   `--as-needed` drops libgcc_s. This is what rustc itself does for static executables.
//!   Where the C compiler knows no libgcc_eh.a (another C library, another compiler) the
//!   binary keeps libgcc_s and works the same, only slower to start.
use std::env;
use std::path::PathBuf;
use std::process::Command;

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rustc-link-arg-bin=sockref=-no-pie");
    let gnu_linux = env::var("CARGO_CFG_TARGET_OS").as_deref() == Ok("linux")
        && env::var("CARGO_CFG_TARGET_ENV").as_deref() == Ok("gnu");
    if !gnu_linux {
        return;
    }
    match static_unwinder() {
        Some(archive) => println!(
            "cargo:rustc-link-arg-bin=sockref=-Wl,--whole-archive,{},--no-whole-archive",
            archive.display()
        ),
        None => println!(
            "cargo:warning=no libgcc_eh.a found with `cc -print-file-name`; \
             sockref will load libgcc_s.so.1 at start-up"
        ),
    }
}

/// The path of libgcc_eh.a as the C compiler that links sockref finds it, if it has one:
/// the linker configured for cargo, else `cc` as rustc uses by default.
fn static_unwinder() -> Option<PathBuf> {
    let cc = env::var("RUSTC_LINKER").unwrap_or_else(|_| "cc".to_string());
    let output = Command::new(cc)
        .arg("-print-file-name=libgcc_eh.a")
        .output()
        .ok()?;
    let path = PathBuf::from(String::from_utf8(output.stdout).ok()?.trim());
    // A compiler that does not know the file prints its bare name back.
    (output.status.success() && path.is_absolute() && path.is_file()).then_some(path)
}

//! Links the `sockref` binary as a position-dependent executable.
//!
//! A position-independent executable is relocated by the dynamic loader at every start:
//! about 4,000 pointers in sockref's tables and vtables, each on a page that is then
//! copied on write. For a process that makes one lookup that was the largest cost left
//! beside the lookup itself, and kept `sockref service https` above 1.2 times
//! `getent services https` (scripts/bench-lookups.sh). Linked at a fixed address, those
//! pointers are final when the file is written. The C library, the stack and the heap are
//! still placed at random; only the program's own code and data are not.
fn main() {
    println!("cargo:rustc-link-arg-bin=sockref=-no-pie");
    println!("cargo:rerun-if-changed=build.rs");
}

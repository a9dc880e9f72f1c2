//! Byte order: `htons`/`ntohs`/`htonl`/`ntohl` take every number of their width written
//! in any radix and swap it as the network order defines (`to_be`), `htons(ntohs(x)) ==
//! x`; they refuse negative and too-wide numbers; `sockref byteorder` agrees with them and
//! with the value's own bytes at each width.
#![no_main]

use libfuzzer_sys::fuzz_target;
use sockref::commands::byteorder::run;
use sockref::socket_module::byteorder::{htonl, htons, ntohl, ntohs};
use sockref::socket_module::parse::{parse_int, to_hex};
use sockref_fuzz::{Input, RADIXES, render_int};

fuzz_target!(|data: &[u8]| {
    let mut input = Input::new(data);
    let choice = input.byte();
    let style = input.byte();
    let x = input.u64() >> (choice >> 2 & 63);
    let radix = RADIXES[usize::from(choice & 3)];
    let text = render_int(i128::from(x), radix, style);
    mirrors(&text, x);
    report(&text, x);
    let negative = render_int(-1 - i128::from(x), radix, style);
    for result in [
        htons(&negative).map(u32::from),
        htonl(&negative),
        ntohl(&negative),
    ] {
        assert!(result.is_err(), "{negative:?}");
    }
    assert!(
        ntohs(&negative).is_err() && run(&negative).is_err(),
        "{negative:?}"
    );
    if let Some(text) = input.rest_str() {
        agrees_with_the_number(text);
    }
});

fn mirrors(text: &str, x: u64) {
    match u16::try_from(x) {
        Ok(v) => {
            assert_eq!(htons(text).ok(), Some(v.to_be()), "{text:?}");
            assert_eq!(ntohs(text).ok(), Some(u16::from_be(v)), "{text:?}");
            let swapped = ntohs(text).map(|s| s.to_string());
            assert_eq!(swapped.and_then(|s| htons(&s)).ok(), Some(v), "{text:?}");
        }
        Err(_) => assert!(htons(text).is_err() && ntohs(text).is_err(), "{text:?}"),
    }
    match u32::try_from(x) {
        Ok(v) => {
            assert_eq!(htonl(text).ok(), Some(v.to_be()), "{text:?}");
            assert_eq!(ntohl(text).ok(), Some(u32::from_be(v)), "{text:?}");
            let swapped = ntohl(text).map(|s| s.to_string());
            assert_eq!(swapped.and_then(|s| htonl(&s)).ok(), Some(v), "{text:?}");
        }
        Err(_) => assert!(htonl(text).is_err() && ntohl(text).is_err(), "{text:?}"),
    }
}

fn report(text: &str, x: u64) {
    let r = run(text).unwrap_or_else(|e| panic!("{text:?}: {e}"));
    assert_eq!((r.value, r.hex.as_str()), (x, format!("{x:#x}").as_str()));
    assert_eq!(r.widths.len(), 3);
    for w in &r.widths {
        let fits = w.bits == 64 || x < 1u64 << w.bits;
        assert_eq!(w.fits, fits, "{text:?} at {} bits", w.bits);
        if !fits {
            assert!(w.hton.is_none() && w.network_bytes.is_none());
            continue;
        }
        let (swapped, be, ne) = match w.bits {
            16 => {
                let v = x as u16;
                (
                    u64::from(v.to_be()),
                    v.to_be_bytes().to_vec(),
                    v.to_ne_bytes().to_vec(),
                )
            }
            32 => {
                let v = x as u32;
                (
                    u64::from(v.to_be()),
                    v.to_be_bytes().to_vec(),
                    v.to_ne_bytes().to_vec(),
                )
            }
            _ => (
                x.to_be(),
                x.to_be_bytes().to_vec(),
                x.to_ne_bytes().to_vec(),
            ),
        };
        assert_eq!(w.network_bytes.as_deref(), Some(to_hex(&be).as_str()));
        assert_eq!(w.host_bytes.as_deref(), Some(to_hex(&ne).as_str()));
        assert_eq!(w.hton.as_ref().map(|s| s.result), Some(swapped), "{text:?}");
        assert_eq!(w.ntoh.as_ref().map(|s| s.result), Some(swapped), "{text:?}");
    }
}

/// Whatever text a mirror takes is a number of its width, and its answer is that
/// number's swap; `byteorder` takes exactly the numbers of 64 bits.
fn agrees_with_the_number(text: &str) {
    let n = parse_int(text).ok();
    let as16 = n.and_then(|n| u16::try_from(n).ok());
    let as32 = n.and_then(|n| u32::try_from(n).ok());
    let as64 = n.and_then(|n| u64::try_from(n).ok());
    assert_eq!(htons(text).ok(), as16.map(u16::to_be), "{text:?}");
    assert_eq!(ntohs(text).ok(), as16.map(u16::from_be), "{text:?}");
    assert_eq!(htonl(text).ok(), as32.map(u32::to_be), "{text:?}");
    assert_eq!(ntohl(text).ok(), as32.map(u32::from_be), "{text:?}");
    assert_eq!(run(text).ok().map(|r| r.value), as64, "{text:?}");
}

//! Constant and flag expressions (`AF_INET6`, `inet6`, `10`; `AI_CANONNAME|passive`,
//! `0x3`) against every group of the catalogue: each member reads back by its name in any
//! case and without its prefix; whatever `parse_constant` accepts is a member's value or
//! a number; `parse_flags` is the OR of its parts; and `flag_names` of any value of a
//! flag group reads back as that value.
#![no_main]

use libfuzzer_sys::fuzz_target;
use sockref::reference::ConstantGroup;
use sockref::reference::constants::{AI, MSG, NI, SOCKET_GROUPS};
use sockref::socket_module::parse::{flag_names, parse_constant, parse_flags, parse_int};
use sockref_fuzz::Input;

const FLAG_GROUPS: [ConstantGroup; 3] = [AI, NI, MSG];

fuzz_target!(|data: &[u8]| {
    let mut input = Input::new(data);
    let group = &SOCKET_GROUPS[usize::from(input.byte()) % SOCKET_GROUPS.len()].group;
    let member = usize::from(input.byte());
    let case = input.u64();
    member_reads_back(group, member, case);
    let flags = &FLAG_GROUPS[usize::from(input.byte()) % FLAG_GROUPS.len()];
    let value = i32::from_le_bytes(input.array());
    let names = flag_names(flags, value);
    // Negative values too (tests/fuzz_regressions.rs::flag_names_of_a_negative_int_read_back).
    {
        assert_eq!(
            parse_flags(flags, &names),
            Ok(value),
            "{}: {names}",
            flags.prefix
        );
    }
    if let Some(text) = input.rest_str() {
        accepted_text_is_a_constant(group, text);
        flags_are_the_or_of_their_parts(flags, text);
    }
});

/// A member by its own name, in a case chosen by the bits of `case`, with and without
/// the group's prefix.
fn member_reads_back(group: &ConstantGroup, index: usize, case: u64) {
    if group.members.is_empty() {
        return;
    }
    let c = &group.members[index % group.members.len()];
    // The value a name stands for is the first member of that name.
    let expected = group
        .members
        .iter()
        .find(|m| m.name == c.name)
        .map(|m| m.value);
    let mixed: String = c
        .name
        .chars()
        .enumerate()
        .map(|(i, ch)| {
            if case >> (i % 64) & 1 == 1 {
                ch.to_ascii_lowercase()
            } else {
                ch
            }
        })
        .collect();
    let prefix = format!("{}_", group.prefix);
    let bare = c.name.strip_prefix(&prefix).unwrap_or(c.name);
    for form in [c.name.to_string(), mixed, bare.to_ascii_lowercase()] {
        let got = parse_constant(group, &form);
        match expected.map(i32::try_from) {
            Some(Ok(v)) => assert_eq!(got, Ok(v), "{}: {form:?}", group.prefix),
            _ => assert!(got.is_err(), "{}: {form:?} -> {got:?}", group.prefix),
        }
    }
}

fn accepted_text_is_a_constant(group: &ConstantGroup, text: &str) {
    let Ok(v) = parse_constant(group, text) else {
        return;
    };
    let by_name = group.value_of(text);
    let by_number = parse_int(text).ok();
    assert!(
        by_name == Some(i64::from(v)) || (by_name.is_none() && by_number == Some(i128::from(v))),
        "{}: {text:?} -> {v}",
        group.prefix
    );
}

fn flags_are_the_or_of_their_parts(group: &ConstantGroup, text: &str) {
    let parts: Result<Vec<i32>, String> = text
        .split(['|', ',', '+'])
        .map(str::trim)
        .filter(|p| !p.is_empty())
        // A number is a set of bits of the C int, up to u32::MAX (0x80000000 is one high
        // bit, not too large: tests/fuzz_regressions.rs::a_flag_number_is_bits_up_to_u32).
        .map(|p| match parse_int(p) {
            Ok(n) if (0..=i128::from(u32::MAX)).contains(&n) => Ok(n as u32 as i32),
            _ => parse_constant(group, p),
        })
        .collect();
    let or = parts.map(|p| p.iter().fold(0, |acc, v| acc | v));
    assert_eq!(parse_flags(group, text).is_ok(), or.is_ok(), "{text:?}");
    if let (Ok(a), Ok(b)) = (parse_flags(group, text), or) {
        assert_eq!(a, b, "{text:?}");
    }
}

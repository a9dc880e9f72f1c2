"""Python's side of the socket-option conformance tests (tests/conformance/sockopt.rs).

Reads one JSON request on stdin and writes one JSON answer on stdout:

  {"cases": [{"family", "type", "proto", "level", "opt", "buflen", "set"}, ...]}

family, type, level and opt are socket-module constant names or integers; a name the
socket module lacks is answered with "known": false and the case uses "number" instead.
For each case a fresh socket.socket(family, type, proto) is made; "set" (if not null) is
{"int": n} or {"bytes": hex} and is passed to setsockopt first; then getsockopt(level,
opt) or getsockopt(level, opt, buflen) is called. Each answer is one of:

  {"socket_errno": n}                    socket() raised OSError
  {"errno": n, "stage": "set"|"get"}     setsockopt or getsockopt raised OSError
  {"result": int}  or  {"result": hex}   what getsockopt returned

plus "known" and "const": whether Python has the option's constant, and its value.
"""

import json
import socket
import sys


def constant(value):
    if isinstance(value, str):
        return getattr(socket, value)
    return value


def answer(case):
    opt = case["opt"]
    known = isinstance(opt, str) and hasattr(socket, opt)
    out = {"known": known, "const": getattr(socket, opt) if known else None}
    number = out["const"] if known else case["number"]
    try:
        s = socket.socket(constant(case["family"]), constant(case["type"]), case["proto"])
    except OSError as e:
        out["socket_errno"] = e.errno
        return out
    with s:
        level = constant(case["level"])
        stage = "set"
        try:
            setting = case.get("set")
            if setting is not None:
                value = setting["int"] if "int" in setting else bytes.fromhex(setting["bytes"])
                s.setsockopt(level, number, value)
            stage = "get"
            if case.get("buflen"):
                out["result"] = s.getsockopt(level, number, case["buflen"]).hex()
            else:
                out["result"] = s.getsockopt(level, number)
        except OSError as e:
            out["errno"] = e.errno
            out["stage"] = stage
    return out


def main():
    request = json.load(sys.stdin)
    json.dump({"answers": [answer(c) for c in request["cases"]]}, sys.stdout)


if __name__ == "__main__":
    main()

"""The other side of sockref's conformance tests: Python's own socket module.

Reads one JSON request on stdin and writes one JSON answer on stdout, so that a whole
group of cases costs a single interpreter start.

Requests:
  {"calls": [{"fn": "htons", "args": [...]}, ...]}
      Calls each socket function and answers {"answers": [{"fn", "args", ...outcome}]},
      in order.
  {"generate": "services", "calls": [...]} (or "protocols")
      First builds calls from /etc/services or /etc/protocols itself (every entry, every
      alias), then answers those followed by the given calls, in the same form.
  {"facts": true}
      Answers {"facts": {...}}: what the tests need to know about this host before they
      choose inputs that stay off the network (hostname, /etc/hosts, nsswitch order).

Arguments are JSON values, except objects, which ask for a Python type JSON lacks:
  {"bytes": "7f000001"}      bytes.fromhex
  {"const": "AI_PASSIVE|AI_CANONNAME"}  socket constants (or numbers) OR-ed together
  {"int": "0x1234"}          int(text, 0) when that parses, else the text itself, the way
                             a user's argument would reach Python
  {"tuple": [...]}           a tuple, for socket addresses

An outcome is {"result": value} with value in sockref's --json form (bytes as hex,
getaddrinfo rows and host entries as objects, enums by name), or {"raise": {"type",
"errno", "eai_name", "message"}} with the exception Python raised.
"""

import enum
import json
import socket
import sys


def decode(arg):
    if not isinstance(arg, dict):
        return arg
    if "bytes" in arg:
        return bytes.fromhex(arg["bytes"])
    if "const" in arg:
        value = 0
        for part in arg["const"].split("|"):
            part = part.strip()
            value |= int(part, 0) if part[:1].isdigit() or part[:1] == "-" else getattr(socket, part)
        return value
    if "int" in arg:
        try:
            return int(arg["int"], 0)
        except ValueError:
            return arg["int"]
    if "tuple" in arg:
        return tuple(decode(a) for a in arg["tuple"])
    raise ValueError(f"unknown argument encoding {arg!r}")


def symbol(value):
    return value.name if isinstance(value, enum.Enum) else int(value)


def sockaddr(addr):
    view = {"address": addr[0], "port": addr[1]}
    if len(addr) == 4:
        view["flowinfo"] = addr[2]
        view["scope_id"] = addr[3]
    return view


def encode(fn, result):
    if isinstance(result, bytes):
        return result.hex()
    if fn == "getaddrinfo":
        return [
            {
                "family": symbol(family),
                "type": symbol(socktype),
                "proto": proto,
                "canonname": canonname,
                "sockaddr": sockaddr(addr),
            }
            for family, socktype, proto, canonname, addr in result
        ]
    if fn in ("gethostbyname_ex", "gethostbyaddr"):
        hostname, aliaslist, ipaddrlist = result
        return {"hostname": hostname, "aliaslist": aliaslist, "ipaddrlist": ipaddrlist}
    if fn == "getnameinfo":
        host, port = result
        return {"host": host, "port": port}
    return result


EAI_NAMES = {}
for _name in dir(socket):
    if _name.startswith("EAI_"):
        EAI_NAMES.setdefault(getattr(socket, _name), []).append(_name)


def outcome(fn, args):
    try:
        return {"result": encode(fn, getattr(socket, fn)(*[decode(a) for a in args]))}
    except Exception as e:  # every exception is an answer to compare with
        errno = e.errno if isinstance(e, OSError) else None
        names = EAI_NAMES.get(errno, []) if isinstance(e, socket.gaierror) else []
        return {
            "raise": {
                "type": type(e).__name__,
                "errno": errno,
                "eai_name": names[0] if len(names) == 1 else None,
                "message": str(e),
            }
        }


def table(path):
    """The non-comment lines of a services(5) or protocols(5) file, as word lists."""
    rows = []
    with open(path, encoding="utf-8", errors="surrogateescape") as f:
        for line in f:
            words = line.split("#", 1)[0].split()
            if len(words) >= 2:
                rows.append(words)
    return rows


def unique(calls):
    seen, out = set(), []
    for call in calls:
        key = json.dumps(call)
        if key not in seen:
            seen.add(key)
            out.append(call)
    return out


def services_calls():
    calls = []
    for words in table("/etc/services"):
        name, port_proto, aliases = words[0], words[1], words[2:]
        port, _, proto = port_proto.partition("/")
        for n in [name] + aliases:
            calls.append({"fn": "getservbyname", "args": [n, proto]})
            calls.append({"fn": "getservbyname", "args": [n]})
        calls.append({"fn": "getservbyport", "args": [{"int": port}, proto]})
        calls.append({"fn": "getservbyport", "args": [{"int": port}]})
    return unique(calls)


def protocols_calls():
    calls = []
    for words in table("/etc/protocols"):
        for n in [words[0]] + words[2:]:
            calls.append({"fn": "getprotobyname", "args": [n]})
    return unique(calls)


def facts():
    hosts = []
    try:
        for words in table("/etc/hosts"):
            hosts.append({"address": words[0], "names": words[1:]})
    except OSError:
        pass
    order = []
    try:
        with open("/etc/nsswitch.conf", encoding="utf-8") as f:
            for line in f:
                words = line.split("#", 1)[0].split()
                if words and words[0] == "hosts:":
                    order = [w for w in words[1:] if not w.startswith("[")]
    except OSError:
        order = ["files", "dns"]
    return {"hostname": socket.gethostname(), "hosts": hosts, "hosts_sources": order}


def main():
    request = json.load(sys.stdin)
    if "facts" in request:
        answer = {"facts": facts()}
    else:
        generators = {"services": services_calls, "protocols": protocols_calls}
        calls = generators[request["generate"]]() if "generate" in request else []
        calls += request.get("calls", [])
        answer = {"answers": [dict(call, **outcome(call["fn"], call["args"])) for call in calls]}
    json.dump(answer, sys.stdout, ensure_ascii=True)


if __name__ == "__main__":
    main()

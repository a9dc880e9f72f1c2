"""The other side of sockref's tests: Python's own socket module, on this host or inside the
resolver sandbox (tests/support/oracle.rs runs it and reads its answer).

Reads one JSON request on stdin and writes one JSON answer on stdout, so that a whole
group of cases costs a single interpreter start:

  {"calls": [{"fn": "htons", "args": [...]}, ...]}
      Calls each function and answers {"answers": [{"fn", "args", ...outcome}]}, in order.
  {"generate": "services", "calls": [...]} (or "protocols")
      First builds calls from /etc/services or /etc/protocols itself (every entry, every
      alias), then answers those followed by the given calls, in the same form.

A function is one of the socket module's, or one of these, which answer what the tests need
to know in one call:

  host_facts()     {"hostname", "hosts": [{"address", "names"}], "hosts_sources"}: this
                   host's name, /etc/hosts, and the sources of nsswitch.conf's hosts line
  constants()      {name: value} for every integer the socket module exports
  errno_tables()   errno's names and numbers, os.strerror, socket.EAI_*, and the C
                   library's gai_strerror and hstrerror (through ctypes)
  fresh_sockopt(family, type, proto, level, option, buflen, value)
                   getsockopt(level, option[, buflen]) on a fresh socket, after
                   setsockopt(level, option, value) unless value is None

Arguments are JSON values (null is None), except objects, which ask for a Python type JSON
lacks:
  {"bytes": "7f000001"}      bytes.fromhex
  {"const": "AI_PASSIVE|AI_CANONNAME"}  socket constants (or numbers) OR-ed together
  {"int": "0x1234"}          int(text, 0) when that parses, else the text itself, the way
                             a user's argument would reach Python (a number stays one)
  {"tuple": [...]}           a tuple, for socket addresses

An outcome is {"result": value} with value in sockref's --json form: bytes as lowercase hex;
socket addresses as {"address", "port"} (plus "flowinfo" and "scope_id" for IPv6);
getaddrinfo rows, host entries and getnameinfo answers as objects with Python's field
names; enums by name; a socket as {"family", "type", "laddr", "raddr"}, closed. Or it is
{"raise": {"type", "errno", "eai_name", "message", "call"}}: the exception's class, its
errno (None if it has none), the EAI_* name of a gaierror's code when exactly one constant
has that value, its text, and which call raised it (the function itself, or for
fresh_sockopt "socket", "setsockopt" or "getsockopt").
"""

import ctypes
import enum
import errno
import json
import os
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
        if isinstance(arg["int"], int):
            return arg["int"]
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
    if not isinstance(addr, tuple):
        return addr  # a unix socket's path
    view = {"address": addr[0], "port": addr[1]}
    if len(addr) == 4:
        view["flowinfo"] = addr[2]
        view["scope_id"] = addr[3]
    return view


def socket_view(sock):
    with sock:
        view = {"family": symbol(sock.family), "type": symbol(sock.type)}
        view["laddr"] = sockaddr(sock.getsockname())
        try:
            view["raddr"] = sockaddr(sock.getpeername())
        except OSError:
            view["raddr"] = None
    return view


def encode(fn, result):
    if isinstance(result, bytes):
        return result.hex()
    if isinstance(result, socket.socket):
        return socket_view(result)
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
    if fn == "if_nameindex":
        return [{"index": index, "name": name} for index, name in result]
    if fn in ("gethostbyname_ex", "gethostbyaddr"):
        hostname, aliaslist, ipaddrlist = result
        return {"hostname": hostname, "aliaslist": aliaslist, "ipaddrlist": ipaddrlist}
    if fn == "getnameinfo":
        host, port = result
        return {"host": host, "port": port}
    return result


def table(path):
    """The non-comment lines of a services(5), protocols(5) or hosts(5) file, as word lists."""
    rows = []
    with open(path, encoding="utf-8", errors="surrogateescape") as f:
        for line in f:
            words = line.split("#", 1)[0].split()
            if len(words) >= 2:
                rows.append(words)
    return rows


def host_facts():
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


def constants():
    return {
        name: int(value)
        for name in dir(socket)
        if not name.startswith("_") and isinstance(value := getattr(socket, name), int)
    }


def errno_tables():
    libc = ctypes.CDLL(None)
    libc.gai_strerror.restype = ctypes.c_char_p
    libc.gai_strerror.argtypes = [ctypes.c_int]
    libc.hstrerror.restype = ctypes.c_char_p
    libc.hstrerror.argtypes = [ctypes.c_int]
    return {
        "errorcode": {str(n): name for n, name in errno.errorcode.items()},
        "names": {n: getattr(errno, n) for n in dir(errno) if n.startswith("E")},
        "strerror": {str(n): os.strerror(n) for n in range(0, 256)},
        "classes": {str(n): type(OSError(n, "x")).__name__ for n in range(0, 256)},
        "eai": {n: getattr(socket, n) for n in dir(socket) if n.startswith("EAI_")},
        "gai_strerror": {str(n): libc.gai_strerror(n).decode() for n in range(-128, 1)},
        "hstrerror": {str(n): libc.hstrerror(n).decode() for n in range(-1, 6)},
    }


def fresh_sockopt(family, socktype, proto, level, option, buflen, value):
    call = "socket"
    try:
        with socket.socket(family, socktype, proto) as s:
            if value is not None:
                call = "setsockopt"
                s.setsockopt(level, option, value)
            call = "getsockopt"
            return s.getsockopt(level, option, buflen) if buflen else s.getsockopt(level, option)
    except OSError as e:
        e.sockref_call = call
        raise


def module_names():
    """The public functions of the socket module and methods of its sockets, and for every
    public name whether it is a class derived from OSError (looked up in the module, then
    among the builtins)."""
    import builtins
    import inspect

    def public(obj, test):
        return [n for n in dir(obj) if not n.startswith("_") and test(getattr(obj, n))]

    functions = public(socket, lambda v: inspect.isbuiltin(v) or inspect.isfunction(v))
    methods = public(socket.socket, callable)

    def is_oserror(name):
        cls = getattr(socket, name, None) or getattr(builtins, name, None)
        return isinstance(cls, type) and issubclass(cls, OSError)

    names = [n for n in dir(socket) if not n.startswith("_")]
    classes = {n: is_oserror(n) for n in names + [n for n in dir(builtins) if n.endswith("Error")]}
    return {"functions": functions, "methods": methods, "names": names, "oserror": classes}


def create_server_options(host, family, dualstack, reuse_port):
    """The options of the listener socket.create_server makes for these arguments."""
    fam = getattr(socket, family)
    with socket.create_server(
        (host, 0), family=fam, dualstack_ipv6=dualstack, reuse_port=reuse_port
    ) as s:
        opts = {
            "SO_REUSEADDR": s.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR),
            "SO_REUSEPORT": s.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT),
            "SO_ACCEPTCONN": s.getsockopt(socket.SOL_SOCKET, socket.SO_ACCEPTCONN),
        }
        if fam == socket.AF_INET6:
            opts["IPV6_V6ONLY"] = s.getsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY)
        return opts


def socketpair_errno(family, socktype):
    """0 when socket.socketpair makes a pair of this family and type, else the errno."""
    try:
        a, b = socket.socketpair(getattr(socket, family), getattr(socket, socktype))
    except OSError as e:
        return e.errno
    a.close()
    b.close()
    return 0


def flag_members(enum, value):
    """The names of the members of socket.ENUM (an IntFlag: MsgFlag, AddressInfo) that
    make up value, and the bits none of them covers."""
    flags = getattr(socket, enum)(value)
    names = [member.name for member in flags]
    covered = 0
    for member in flags:
        covered |= member.value
    return {"names": names, "rest": value & ~covered}


OWN = {
    "host_facts": host_facts,
    "flag_members": flag_members,
    "module_names": module_names,
    "create_server_options": create_server_options,
    "socketpair_errno": socketpair_errno,
    "constants": constants,
    "errno_tables": errno_tables,
    "fresh_sockopt": fresh_sockopt,
}

EAI_NAMES = {}
for _name in dir(socket):
    if _name.startswith("EAI_"):
        EAI_NAMES.setdefault(getattr(socket, _name), []).append(_name)


def outcome(fn, args):
    function = OWN.get(fn) or getattr(socket, fn)
    try:
        return {"result": encode(fn, function(*[decode(a) for a in args]))}
    except Exception as e:  # every exception is an answer to compare with
        code = e.errno if isinstance(e, OSError) else None
        names = EAI_NAMES.get(code, []) if isinstance(e, socket.gaierror) else []
        return {
            "raise": {
                "type": type(e).__name__,
                "errno": code,
                "eai_name": names[0] if len(names) == 1 else None,
                "message": str(e),
                "call": getattr(e, "sockref_call", fn),
            }
        }


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


def main():
    request = json.load(sys.stdin)
    generators = {"services": services_calls, "protocols": protocols_calls}
    calls = generators[request["generate"]]() if "generate" in request else []
    calls += request.get("calls", [])
    answer = {"answers": [dict(call, **outcome(call["fn"], call["args"])) for call in calls]}
    json.dump(answer, sys.stdout, ensure_ascii=True)


if __name__ == "__main__":
    main()

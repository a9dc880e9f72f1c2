"""Answers name-resolution questions with Python's socket module, in sockref's JSON shapes.

Reads a JSON list of requests on stdin, each [function, arg, ...], and writes a JSON list
with one answer per request: {"result": ...} or {"error": {"kind", "code"}}. Runs inside the
resolver sandbox so that it sees the same hosts file, resolv.conf and DNS server as sockref.
"""

import json
import socket
import sys


def sockaddr(addr):
    out = {"address": addr[0], "port": addr[1]}
    if len(addr) == 4:
        out["flowinfo"], out["scope_id"] = addr[2], addr[3]
    return out


def symbol(value):
    return value.name if hasattr(value, "name") else int(value)


def none_or(value):
    return None if value == "None" else value


def call(request):
    function, args = request[0], request[1:]
    if function == "getaddrinfo":
        host, port, family, socktype, proto, flags = args
        rows = socket.getaddrinfo(none_or(host), none_or(port), family, socktype, proto, flags)
        return [
            {"family": symbol(f), "type": symbol(t), "proto": p, "canonname": c, "sockaddr": sockaddr(a)}
            for f, t, p, c, a in rows
        ]
    if function in ("gethostbyname_ex", "gethostbyaddr"):
        hostname, aliases, addresses = getattr(socket, function)(args[0])
        return {"hostname": hostname, "aliaslist": aliases, "ipaddrlist": addresses}
    if function == "gethostbyname":
        return socket.gethostbyname(args[0])
    if function == "getnameinfo":
        host, port = socket.getnameinfo((args[0], args[1]), args[2])
        return {"host": host, "port": port}
    raise ValueError("unknown function " + function)


def answer(request):
    try:
        return {"result": call(request)}
    except socket.gaierror as e:
        return {"error": {"kind": "gaierror", "code": e.errno}}
    except socket.herror as e:
        return {"error": {"kind": "herror", "code": e.errno}}
    except UnicodeError as e:
        return {"error": {"kind": "unicode", "code": None, "message": str(e)}}
    except OSError as e:
        return {"error": {"kind": "oserror", "code": e.errno}}


json.dump([answer(r) for r in json.load(sys.stdin)], sys.stdout)

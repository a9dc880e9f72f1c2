
use builtin;
use str;

set edit:completion:arg-completer[sockref] = {|@words|
    fn spaces {|n|
        builtin:repeat $n ' ' | str:join ''
    }
    fn cand {|text desc|
        edit:complex-candidate $text &display=$text' '(spaces (- 14 (wcswidth $text)))$desc
    }
    var command = 'sockref'
    for word $words[1..-1] {
        if (str:has-prefix $word '-') {
            break
        }
        set command = $command';'$word
    }
    var completions = [
        &'sockref'= {
            cand --format 'Output format; `--json` is short for `--format json`'
            cand --layout 'Rows as a table or as records (a block of `field  value` lines per row); auto means a table when it fits the terminal without splitting a word, else records'
            cand --color 'When to use colour: auto means on a terminal, with NO_COLOR unset and TERM not dumb'
            cand --timeout 'How long to wait for what can block, in seconds (or 500ms, 2m): a friendly verb answers each of its inputs within it, a function mirror each call; each command''s --help says how it counts'
            cand --json 'Print one JSON document on stdout (errors as one JSON object on stderr)'
            cand --ascii 'Draw tables with ASCII characters even on a terminal'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand resolve 'Resolve host names with the system resolver (getaddrinfo): addresses, families, socket types, canonical name and aliases; many names at once, in input order'
            cand reverse 'Reverse-resolve addresses: gethostbyaddr and getnameinfo side by side'
            cand hostname 'This host''s name: gethostname and getfqdn'
            cand service 'Look up services(5) by name or port: every matching row with its aliases'
            cand proto 'Look up protocols(5) by name or number'
            cand byteorder 'Host endianness and htons/htonl/ntohs/ntohl (and 64-bit) of a number'
            cand inet 'What inet_pton, inet_aton, inet_ntop and inet_ntoa make of an address; its integer, canonical form and class'
            cand const 'Socket constants (AF_*, SO_*, TCP_*, ...) and their values on this platform, by name, prefix, glob (`SO_*BUF`) or value (`--value 10 --prefix AF`)'
            cand errno 'errno values, EAI_* (getaddrinfo) and h_errno codes by name or number: the platform''s message, the socket calls that return each and its usual cause'
            cand sockopt 'Every option of a fresh socket, grouped by level, in natural units; `--set` shows what the kernel keeps, `--connected` reads both ends of a live loopback pair'
            cand keepalive 'TCP keepalive: the system defaults, a fresh socket''s settings, and how long each takes to notice a dead peer; `--demo` runs an application heartbeat over loopback'
            cand connect 'create_connection step by step: every getaddrinfo candidate tried in order, its outcome and time, and the local and peer address of the connection made'
            cand backlog 'How many connections complete before accept() with listen(N): fills the accept queue of a loopback listener and shows what the kernel does with the rest'
            cand echo 'A loopback echo server and client in this process over each transport (TCP, UDP, unix, socketpair, abstract): every byte sent must come back unchanged; RTT percentiles and throughput per transport, `--trace` for every socket call'
            cand completions 'Write a shell completion script to stdout'
            cand gethostbyname 'socket.gethostbyname(hostname): the first IPv4 address of a name'
            cand gethostbyname_ex 'socket.gethostbyname_ex(hostname): (hostname, aliaslist, ipaddrlist)'
            cand gethostbyaddr 'socket.gethostbyaddr(ip_address): (hostname, aliaslist, ipaddrlist)'
            cand getaddrinfo 'socket.getaddrinfo(host, port, family, type, proto, flags): every row, in order'
            cand getnameinfo 'socket.getnameinfo((host, port), flags): (host, port)'
            cand gethostname 'socket.gethostname()'
            cand getfqdn 'socket.getfqdn([name])'
            cand getservbyname 'socket.getservbyname(servicename[, protocolname]): the port number'
            cand getservbyport 'socket.getservbyport(port[, protocolname]): the service name'
            cand getprotobyname 'socket.getprotobyname(protocolname): the protocol number'
            cand htons 'socket.htons(x): a 16-bit integer from host to network byte order'
            cand htonl 'socket.htonl(x): a 32-bit integer from host to network byte order'
            cand ntohs 'socket.ntohs(x): a 16-bit integer from network to host byte order'
            cand ntohl 'socket.ntohl(x): a 32-bit integer from network to host byte order'
            cand inet_pton 'socket.inet_pton(address_family, ip_string): the packed address, as hex'
            cand inet_ntop 'socket.inet_ntop(address_family, packed_ip): the address text'
            cand inet_aton 'socket.inet_aton(ip_string): the packed IPv4 address, as hex'
            cand inet_ntoa 'socket.inet_ntoa(packed_ip): dotted-quad text of a packed IPv4 address'
            cand getsockopt 'socket.socket(family, type).getsockopt(level, optname): the option as a C int'
            cand setsockopt 'socket.socket(family, type).setsockopt(level, optname, value), then the value read back with getsockopt'
            cand create_connection 'socket.create_connection(address, timeout, source_address): the laddr and raddr of the connected socket, or the last error'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'sockref;resolve'= {
            cand --file 'Read names from this file, one per line (blank lines and # comments skipped)'
            cand --service 'A service name or port to resolve with each host (shows the port column)'
            cand --type 'Only this socket type: stream, dgram, raw, seqpacket (or SOCK_* or a number)'
            cand --jobs 'How many lookups run at once, 1-256'
            cand --format 'Output format; `--json` is short for `--format json`'
            cand --layout 'Rows as a table or as records (a block of `field  value` lines per row); auto means a table when it fits the terminal without splitting a word, else records'
            cand --color 'When to use colour: auto means on a terminal, with NO_COLOR unset and TERM not dumb'
            cand --timeout 'How long to wait for what can block, in seconds (or 500ms, 2m): a friendly verb answers each of its inputs within it, a function mirror each call; each command''s --help says how it counts'
            cand -4 'IPv4 addresses only (AF_INET)'
            cand -6 'IPv6 addresses only (AF_INET6)'
            cand --json 'Print one JSON document on stdout (errors as one JSON object on stderr)'
            cand --ascii 'Draw tables with ASCII characters even on a terminal'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sockref;reverse'= {
            cand --format 'Output format; `--json` is short for `--format json`'
            cand --layout 'Rows as a table or as records (a block of `field  value` lines per row); auto means a table when it fits the terminal without splitting a word, else records'
            cand --color 'When to use colour: auto means on a terminal, with NO_COLOR unset and TERM not dumb'
            cand --timeout 'How long to wait for what can block, in seconds (or 500ms, 2m): a friendly verb answers each of its inputs within it, a function mirror each call; each command''s --help says how it counts'
            cand --json 'Print one JSON document on stdout (errors as one JSON object on stderr)'
            cand --ascii 'Draw tables with ASCII characters even on a terminal'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sockref;hostname'= {
            cand --format 'Output format; `--json` is short for `--format json`'
            cand --layout 'Rows as a table or as records (a block of `field  value` lines per row); auto means a table when it fits the terminal without splitting a word, else records'
            cand --color 'When to use colour: auto means on a terminal, with NO_COLOR unset and TERM not dumb'
            cand --timeout 'How long to wait for what can block, in seconds (or 500ms, 2m): a friendly verb answers each of its inputs within it, a function mirror each call; each command''s --help says how it counts'
            cand --json 'Print one JSON document on stdout (errors as one JSON object on stderr)'
            cand --ascii 'Draw tables with ASCII characters even on a terminal'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sockref;service'= {
            cand --proto 'Only rows of this protocol (tcp, udp, sctp, ...)'
            cand --format 'Output format; `--json` is short for `--format json`'
            cand --layout 'Rows as a table or as records (a block of `field  value` lines per row); auto means a table when it fits the terminal without splitting a word, else records'
            cand --color 'When to use colour: auto means on a terminal, with NO_COLOR unset and TERM not dumb'
            cand --timeout 'How long to wait for what can block, in seconds (or 500ms, 2m): a friendly verb answers each of its inputs within it, a function mirror each call; each command''s --help says how it counts'
            cand --all 'List the whole services database'
            cand --json 'Print one JSON document on stdout (errors as one JSON object on stderr)'
            cand --ascii 'Draw tables with ASCII characters even on a terminal'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sockref;proto'= {
            cand --format 'Output format; `--json` is short for `--format json`'
            cand --layout 'Rows as a table or as records (a block of `field  value` lines per row); auto means a table when it fits the terminal without splitting a word, else records'
            cand --color 'When to use colour: auto means on a terminal, with NO_COLOR unset and TERM not dumb'
            cand --timeout 'How long to wait for what can block, in seconds (or 500ms, 2m): a friendly verb answers each of its inputs within it, a function mirror each call; each command''s --help says how it counts'
            cand --all 'List the whole protocols database'
            cand --json 'Print one JSON document on stdout (errors as one JSON object on stderr)'
            cand --ascii 'Draw tables with ASCII characters even on a terminal'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sockref;byteorder'= {
            cand --format 'Output format; `--json` is short for `--format json`'
            cand --layout 'Rows as a table or as records (a block of `field  value` lines per row); auto means a table when it fits the terminal without splitting a word, else records'
            cand --color 'When to use colour: auto means on a terminal, with NO_COLOR unset and TERM not dumb'
            cand --timeout 'How long to wait for what can block, in seconds (or 500ms, 2m): a friendly verb answers each of its inputs within it, a function mirror each call; each command''s --help says how it counts'
            cand --json 'Print one JSON document on stdout (errors as one JSON object on stderr)'
            cand --ascii 'Draw tables with ASCII characters even on a terminal'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sockref;inet'= {
            cand --format 'Output format; `--json` is short for `--format json`'
            cand --layout 'Rows as a table or as records (a block of `field  value` lines per row); auto means a table when it fits the terminal without splitting a word, else records'
            cand --color 'When to use colour: auto means on a terminal, with NO_COLOR unset and TERM not dumb'
            cand --timeout 'How long to wait for what can block, in seconds (or 500ms, 2m): a friendly verb answers each of its inputs within it, a function mirror each call; each command''s --help says how it counts'
            cand --json 'Print one JSON document on stdout (errors as one JSON object on stderr)'
            cand --ascii 'Draw tables with ASCII characters even on a terminal'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sockref;const'= {
            cand --prefix 'Only this group: AF, SOCK, SOL, SO, IPPROTO, IP, IPV6, TCP, MSG, AI, NI, EAI, SHUT, SCM, INADDR, SOMAXCONN or has_ipv6'
            cand --value 'Only constants with this value: decimal, 0x hex, 0o octal or 0b binary. Every name with that value is shown'
            cand --format 'Output format; `--json` is short for `--format json`'
            cand --layout 'Rows as a table or as records (a block of `field  value` lines per row); auto means a table when it fits the terminal without splitting a word, else records'
            cand --color 'When to use colour: auto means on a terminal, with NO_COLOR unset and TERM not dumb'
            cand --timeout 'How long to wait for what can block, in seconds (or 500ms, 2m): a friendly verb answers each of its inputs within it, a function mirror each call; each command''s --help says how it counts'
            cand --all 'List every constant (the same as giving no filter)'
            cand --json 'Print one JSON document on stdout (errors as one JSON object on stderr)'
            cand --ascii 'Draw tables with ASCII characters even on a terminal'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sockref;errno'= {
            cand --search 'Only codes whose name, message or cause contains WORD (any case)'
            cand --kind 'Only codes of this kind'
            cand --format 'Output format; `--json` is short for `--format json`'
            cand --layout 'Rows as a table or as records (a block of `field  value` lines per row); auto means a table when it fits the terminal without splitting a word, else records'
            cand --color 'When to use colour: auto means on a terminal, with NO_COLOR unset and TERM not dumb'
            cand --timeout 'How long to wait for what can block, in seconds (or 500ms, 2m): a friendly verb answers each of its inputs within it, a function mirror each call; each command''s --help says how it counts'
            cand --list 'List every code: errno values, then EAI codes, then h_errno codes'
            cand --json 'Print one JSON document on stdout (errors as one JSON object on stderr)'
            cand --ascii 'Draw tables with ASCII characters even on a terminal'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sockref;sockopt'= {
            cand --family 'Address family: inet, inet6 or unix (or AF_*, or a number)'
            cand --type 'Socket type: stream, dgram, seqpacket or raw (or SOCK_*, or a number)'
            cand --proto 'Protocol (IPPROTO_*, a name such as icmp, or a number); 0 by default, and for raw sockets icmp (inet) or icmpv6 (inet6)'
            cand --set 'Set an option before reading, e.g. SO_RCVBUF=64K, TCP_NODELAY=on, SO_LINGER=on,5, SO_RCVTIMEO=1.5; repeatable. Shows what was asked beside what the kernel kept'
            cand --format 'Output format; `--json` is short for `--format json`'
            cand --layout 'Rows as a table or as records (a block of `field  value` lines per row); auto means a table when it fits the terminal without splitting a word, else records'
            cand --color 'When to use colour: auto means on a terminal, with NO_COLOR unset and TERM not dumb'
            cand --timeout 'How long to wait for what can block, in seconds (or 500ms, 2m): a friendly verb answers each of its inputs within it, a function mirror each call; each command''s --help says how it counts'
            cand --connected 'Read both ends of a live loopback pair instead of a fresh socket: TCP or UDP over 127.0.0.1 or ::1, a socketpair for unix; TCP_INFO decoded for TCP'
            cand --all 'Ask about every option sockref knows, not only those that apply to this socket'
            cand --json 'Print one JSON document on stdout (errors as one JSON object on stderr)'
            cand --ascii 'Draw tables with ASCII characters even on a terminal'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sockref;keepalive'= {
            cand --family 'Address family of the TCP socket: inet or inet6'
            cand --idle 'Set TCP_KEEPIDLE on the socket first (seconds; 90, 2m, 1h)'
            cand --interval 'Set TCP_KEEPINTVL on the socket first (seconds)'
            cand --count 'Set TCP_KEEPCNT on the socket first (unanswered probes before the peer is dead)'
            cand --heartbeat 'With --demo: milliseconds between heartbeats (or 0.5s), 10ms-2s'
            cand --misses 'With --demo: missed heartbeats before the peer is declared dead, 1-10'
            cand --format 'Output format; `--json` is short for `--format json`'
            cand --layout 'Rows as a table or as records (a block of `field  value` lines per row); auto means a table when it fits the terminal without splitting a word, else records'
            cand --color 'When to use colour: auto means on a terminal, with NO_COLOR unset and TERM not dumb'
            cand --timeout 'How long to wait for what can block, in seconds (or 500ms, 2m): a friendly verb answers each of its inputs within it, a function mirror each call; each command''s --help says how it counts'
            cand --demo 'Run an application heartbeat over a loopback TCP pair: the server answers a few pings, then stops answering without closing, and the client declares it dead after --misses missed beats. Prints the timeline beside the keepalive settings'
            cand --json 'Print one JSON document on stdout (errors as one JSON object on stderr)'
            cand --ascii 'Draw tables with ASCII characters even on a terminal'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sockref;connect'= {
            cand --source 'Bind to this address before each connect, as Python''s source_address: `127.0.0.1`, `127.0.0.1:5000`, `::1`, `[::1]:5000` (port 0 when omitted)'
            cand --format 'Output format; `--json` is short for `--format json`'
            cand --layout 'Rows as a table or as records (a block of `field  value` lines per row); auto means a table when it fits the terminal without splitting a word, else records'
            cand --color 'When to use colour: auto means on a terminal, with NO_COLOR unset and TERM not dumb'
            cand --timeout 'How long to wait for what can block, in seconds (or 500ms, 2m): a friendly verb answers each of its inputs within it, a function mirror each call; each command''s --help says how it counts'
            cand -4 'Only IPv4 candidates (getaddrinfo with AF_INET)'
            cand -6 'Only IPv6 candidates (getaddrinfo with AF_INET6)'
            cand --json 'Print one JSON document on stdout (errors as one JSON object on stderr)'
            cand --ascii 'Draw tables with ASCII characters even on a terminal'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sockref;backlog'= {
            cand --format 'Output format; `--json` is short for `--format json`'
            cand --layout 'Rows as a table or as records (a block of `field  value` lines per row); auto means a table when it fits the terminal without splitting a word, else records'
            cand --color 'When to use colour: auto means on a terminal, with NO_COLOR unset and TERM not dumb'
            cand --timeout 'How long to wait for what can block, in seconds (or 500ms, 2m): a friendly verb answers each of its inputs within it, a function mirror each call; each command''s --help says how it counts'
            cand --json 'Print one JSON document on stdout (errors as one JSON object on stderr)'
            cand --ascii 'Draw tables with ASCII characters even on a terminal'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sockref;echo'= {
            cand --transport 'Only these transports (repeatable, or a comma list: `tcp4,udp6`); every one when omitted'
            cand --duration 'Seconds each --bench measurement runs (default 2, at most 1h), or how long --serve serves (default: until Ctrl-C, at most 7 days); also 500ms, 2m'
            cand --size 'Bytes per message of the --bench ping-pong and of each --connections request (default 64; also 4K, 1M)'
            cand --connections 'What a TCP connection costs: `short` opens one per request (connect, send, recv, close), `long` keeps one open for all; `short,long` runs both. Shows the time of each request and the TIME_WAIT sockets left behind. Alone it means `long`'
            cand --requests 'Requests per --connections mode, 1-100000'
            cand --serve 'Run only an echo server on ADDR (`127.0.0.1:7000`, `[::1]:7000`, `localhost:0`; port 0 lets the kernel pick) for other clients, until Ctrl-C or --duration. The first line printed is the address it listens on. TCP, or UDP with `--transport udp4` or `udp6`'
            cand --connect 'Run only the client against an echo server at ADDR, anyone''s (socat, ncat, another `sockref echo --serve`), with the usual payloads and checks. TCP, or UDP with `--transport udp4` or `udp6`'
            cand --idle 'With --serve: close a connection that has been idle (nothing read, or its client not reading) for this many seconds (default 30, at most a day)'
            cand --max-connections 'With --serve: the most connections served at once (default 2048); a client beyond that is accepted and closed at once'
            cand --format 'Output format; `--json` is short for `--format json`'
            cand --layout 'Rows as a table or as records (a block of `field  value` lines per row); auto means a table when it fits the terminal without splitting a word, else records'
            cand --color 'When to use colour: auto means on a terminal, with NO_COLOR unset and TERM not dumb'
            cand --timeout 'How long to wait for what can block, in seconds (or 500ms, 2m): a friendly verb answers each of its inputs within it, a function mirror each call; each command''s --help says how it counts'
            cand --trace 'Record every socket call of both sides (socket, bind, listen, accept, connect, send, recv, shutdown, close) with its descriptor, arguments, result and time, shown as a server | client sequence. Sends 4 small ping-pongs instead of 100 so that the sequence stays readable'
            cand --bench 'Measure instead of checking: per transport, ping-pong latency (one --size message in flight, round trips for --duration, TCP_NODELAY on TCP) with percentiles, and for streams one-way throughput (128 KiB writes into a counting server). Comparable with sockperf ping-pong, which prints half the round trip, and iperf3'
            cand --allow-remote 'Let --serve and --connect use an address outside loopback (with a warning on stderr); without it such an ADDR is refused'
            cand --json 'Print one JSON document on stdout (errors as one JSON object on stderr)'
            cand --ascii 'Draw tables with ASCII characters even on a terminal'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sockref;completions'= {
            cand --format 'Output format; `--json` is short for `--format json`'
            cand --layout 'Rows as a table or as records (a block of `field  value` lines per row); auto means a table when it fits the terminal without splitting a word, else records'
            cand --color 'When to use colour: auto means on a terminal, with NO_COLOR unset and TERM not dumb'
            cand --timeout 'How long to wait for what can block, in seconds (or 500ms, 2m): a friendly verb answers each of its inputs within it, a function mirror each call; each command''s --help says how it counts'
            cand --json 'Print one JSON document on stdout (errors as one JSON object on stderr)'
            cand --ascii 'Draw tables with ASCII characters even on a terminal'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sockref;gethostbyname'= {
            cand --format 'Output format; `--json` is short for `--format json`'
            cand --layout 'Rows as a table or as records (a block of `field  value` lines per row); auto means a table when it fits the terminal without splitting a word, else records'
            cand --color 'When to use colour: auto means on a terminal, with NO_COLOR unset and TERM not dumb'
            cand --timeout 'How long to wait for what can block, in seconds (or 500ms, 2m): a friendly verb answers each of its inputs within it, a function mirror each call; each command''s --help says how it counts'
            cand --json 'Print one JSON document on stdout (errors as one JSON object on stderr)'
            cand --ascii 'Draw tables with ASCII characters even on a terminal'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sockref;gethostbyname_ex'= {
            cand --format 'Output format; `--json` is short for `--format json`'
            cand --layout 'Rows as a table or as records (a block of `field  value` lines per row); auto means a table when it fits the terminal without splitting a word, else records'
            cand --color 'When to use colour: auto means on a terminal, with NO_COLOR unset and TERM not dumb'
            cand --timeout 'How long to wait for what can block, in seconds (or 500ms, 2m): a friendly verb answers each of its inputs within it, a function mirror each call; each command''s --help says how it counts'
            cand --json 'Print one JSON document on stdout (errors as one JSON object on stderr)'
            cand --ascii 'Draw tables with ASCII characters even on a terminal'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sockref;gethostbyaddr'= {
            cand --format 'Output format; `--json` is short for `--format json`'
            cand --layout 'Rows as a table or as records (a block of `field  value` lines per row); auto means a table when it fits the terminal without splitting a word, else records'
            cand --color 'When to use colour: auto means on a terminal, with NO_COLOR unset and TERM not dumb'
            cand --timeout 'How long to wait for what can block, in seconds (or 500ms, 2m): a friendly verb answers each of its inputs within it, a function mirror each call; each command''s --help says how it counts'
            cand --json 'Print one JSON document on stdout (errors as one JSON object on stderr)'
            cand --ascii 'Draw tables with ASCII characters even on a terminal'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sockref;getaddrinfo'= {
            cand --family 'Address family: AF_INET, inet6, unspec or a number'
            cand --type 'Socket type: SOCK_STREAM, dgram, raw or a number; 0 means any'
            cand --proto 'Protocol: IPPROTO_TCP, udp or a number; 0 means any'
            cand --flags 'Flags: `AI_CANONNAME|AI_PASSIVE`, `canonname,passive` or a number; 0 means none'
            cand --format 'Output format; `--json` is short for `--format json`'
            cand --layout 'Rows as a table or as records (a block of `field  value` lines per row); auto means a table when it fits the terminal without splitting a word, else records'
            cand --color 'When to use colour: auto means on a terminal, with NO_COLOR unset and TERM not dumb'
            cand --timeout 'How long to wait for what can block, in seconds (or 500ms, 2m): a friendly verb answers each of its inputs within it, a function mirror each call; each command''s --help says how it counts'
            cand --json 'Print one JSON document on stdout (errors as one JSON object on stderr)'
            cand --ascii 'Draw tables with ASCII characters even on a terminal'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sockref;getnameinfo'= {
            cand --flags 'Flags: `NI_NUMERICHOST|NI_NAMEREQD`, `numerichost,namereqd` or a number; 0 means none'
            cand --format 'Output format; `--json` is short for `--format json`'
            cand --layout 'Rows as a table or as records (a block of `field  value` lines per row); auto means a table when it fits the terminal without splitting a word, else records'
            cand --color 'When to use colour: auto means on a terminal, with NO_COLOR unset and TERM not dumb'
            cand --timeout 'How long to wait for what can block, in seconds (or 500ms, 2m): a friendly verb answers each of its inputs within it, a function mirror each call; each command''s --help says how it counts'
            cand --json 'Print one JSON document on stdout (errors as one JSON object on stderr)'
            cand --ascii 'Draw tables with ASCII characters even on a terminal'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sockref;gethostname'= {
            cand --format 'Output format; `--json` is short for `--format json`'
            cand --layout 'Rows as a table or as records (a block of `field  value` lines per row); auto means a table when it fits the terminal without splitting a word, else records'
            cand --color 'When to use colour: auto means on a terminal, with NO_COLOR unset and TERM not dumb'
            cand --timeout 'How long to wait for what can block, in seconds (or 500ms, 2m): a friendly verb answers each of its inputs within it, a function mirror each call; each command''s --help says how it counts'
            cand --json 'Print one JSON document on stdout (errors as one JSON object on stderr)'
            cand --ascii 'Draw tables with ASCII characters even on a terminal'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sockref;getfqdn'= {
            cand --format 'Output format; `--json` is short for `--format json`'
            cand --layout 'Rows as a table or as records (a block of `field  value` lines per row); auto means a table when it fits the terminal without splitting a word, else records'
            cand --color 'When to use colour: auto means on a terminal, with NO_COLOR unset and TERM not dumb'
            cand --timeout 'How long to wait for what can block, in seconds (or 500ms, 2m): a friendly verb answers each of its inputs within it, a function mirror each call; each command''s --help says how it counts'
            cand --json 'Print one JSON document on stdout (errors as one JSON object on stderr)'
            cand --ascii 'Draw tables with ASCII characters even on a terminal'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sockref;getservbyname'= {
            cand --format 'Output format; `--json` is short for `--format json`'
            cand --layout 'Rows as a table or as records (a block of `field  value` lines per row); auto means a table when it fits the terminal without splitting a word, else records'
            cand --color 'When to use colour: auto means on a terminal, with NO_COLOR unset and TERM not dumb'
            cand --timeout 'How long to wait for what can block, in seconds (or 500ms, 2m): a friendly verb answers each of its inputs within it, a function mirror each call; each command''s --help says how it counts'
            cand --json 'Print one JSON document on stdout (errors as one JSON object on stderr)'
            cand --ascii 'Draw tables with ASCII characters even on a terminal'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sockref;getservbyport'= {
            cand --format 'Output format; `--json` is short for `--format json`'
            cand --layout 'Rows as a table or as records (a block of `field  value` lines per row); auto means a table when it fits the terminal without splitting a word, else records'
            cand --color 'When to use colour: auto means on a terminal, with NO_COLOR unset and TERM not dumb'
            cand --timeout 'How long to wait for what can block, in seconds (or 500ms, 2m): a friendly verb answers each of its inputs within it, a function mirror each call; each command''s --help says how it counts'
            cand --json 'Print one JSON document on stdout (errors as one JSON object on stderr)'
            cand --ascii 'Draw tables with ASCII characters even on a terminal'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sockref;getprotobyname'= {
            cand --format 'Output format; `--json` is short for `--format json`'
            cand --layout 'Rows as a table or as records (a block of `field  value` lines per row); auto means a table when it fits the terminal without splitting a word, else records'
            cand --color 'When to use colour: auto means on a terminal, with NO_COLOR unset and TERM not dumb'
            cand --timeout 'How long to wait for what can block, in seconds (or 500ms, 2m): a friendly verb answers each of its inputs within it, a function mirror each call; each command''s --help says how it counts'
            cand --json 'Print one JSON document on stdout (errors as one JSON object on stderr)'
            cand --ascii 'Draw tables with ASCII characters even on a terminal'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sockref;htons'= {
            cand --format 'Output format; `--json` is short for `--format json`'
            cand --layout 'Rows as a table or as records (a block of `field  value` lines per row); auto means a table when it fits the terminal without splitting a word, else records'
            cand --color 'When to use colour: auto means on a terminal, with NO_COLOR unset and TERM not dumb'
            cand --timeout 'How long to wait for what can block, in seconds (or 500ms, 2m): a friendly verb answers each of its inputs within it, a function mirror each call; each command''s --help says how it counts'
            cand --json 'Print one JSON document on stdout (errors as one JSON object on stderr)'
            cand --ascii 'Draw tables with ASCII characters even on a terminal'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sockref;htonl'= {
            cand --format 'Output format; `--json` is short for `--format json`'
            cand --layout 'Rows as a table or as records (a block of `field  value` lines per row); auto means a table when it fits the terminal without splitting a word, else records'
            cand --color 'When to use colour: auto means on a terminal, with NO_COLOR unset and TERM not dumb'
            cand --timeout 'How long to wait for what can block, in seconds (or 500ms, 2m): a friendly verb answers each of its inputs within it, a function mirror each call; each command''s --help says how it counts'
            cand --json 'Print one JSON document on stdout (errors as one JSON object on stderr)'
            cand --ascii 'Draw tables with ASCII characters even on a terminal'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sockref;ntohs'= {
            cand --format 'Output format; `--json` is short for `--format json`'
            cand --layout 'Rows as a table or as records (a block of `field  value` lines per row); auto means a table when it fits the terminal without splitting a word, else records'
            cand --color 'When to use colour: auto means on a terminal, with NO_COLOR unset and TERM not dumb'
            cand --timeout 'How long to wait for what can block, in seconds (or 500ms, 2m): a friendly verb answers each of its inputs within it, a function mirror each call; each command''s --help says how it counts'
            cand --json 'Print one JSON document on stdout (errors as one JSON object on stderr)'
            cand --ascii 'Draw tables with ASCII characters even on a terminal'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sockref;ntohl'= {
            cand --format 'Output format; `--json` is short for `--format json`'
            cand --layout 'Rows as a table or as records (a block of `field  value` lines per row); auto means a table when it fits the terminal without splitting a word, else records'
            cand --color 'When to use colour: auto means on a terminal, with NO_COLOR unset and TERM not dumb'
            cand --timeout 'How long to wait for what can block, in seconds (or 500ms, 2m): a friendly verb answers each of its inputs within it, a function mirror each call; each command''s --help says how it counts'
            cand --json 'Print one JSON document on stdout (errors as one JSON object on stderr)'
            cand --ascii 'Draw tables with ASCII characters even on a terminal'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sockref;inet_pton'= {
            cand --format 'Output format; `--json` is short for `--format json`'
            cand --layout 'Rows as a table or as records (a block of `field  value` lines per row); auto means a table when it fits the terminal without splitting a word, else records'
            cand --color 'When to use colour: auto means on a terminal, with NO_COLOR unset and TERM not dumb'
            cand --timeout 'How long to wait for what can block, in seconds (or 500ms, 2m): a friendly verb answers each of its inputs within it, a function mirror each call; each command''s --help says how it counts'
            cand --json 'Print one JSON document on stdout (errors as one JSON object on stderr)'
            cand --ascii 'Draw tables with ASCII characters even on a terminal'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sockref;inet_ntop'= {
            cand --format 'Output format; `--json` is short for `--format json`'
            cand --layout 'Rows as a table or as records (a block of `field  value` lines per row); auto means a table when it fits the terminal without splitting a word, else records'
            cand --color 'When to use colour: auto means on a terminal, with NO_COLOR unset and TERM not dumb'
            cand --timeout 'How long to wait for what can block, in seconds (or 500ms, 2m): a friendly verb answers each of its inputs within it, a function mirror each call; each command''s --help says how it counts'
            cand --json 'Print one JSON document on stdout (errors as one JSON object on stderr)'
            cand --ascii 'Draw tables with ASCII characters even on a terminal'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sockref;inet_aton'= {
            cand --format 'Output format; `--json` is short for `--format json`'
            cand --layout 'Rows as a table or as records (a block of `field  value` lines per row); auto means a table when it fits the terminal without splitting a word, else records'
            cand --color 'When to use colour: auto means on a terminal, with NO_COLOR unset and TERM not dumb'
            cand --timeout 'How long to wait for what can block, in seconds (or 500ms, 2m): a friendly verb answers each of its inputs within it, a function mirror each call; each command''s --help says how it counts'
            cand --json 'Print one JSON document on stdout (errors as one JSON object on stderr)'
            cand --ascii 'Draw tables with ASCII characters even on a terminal'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sockref;inet_ntoa'= {
            cand --format 'Output format; `--json` is short for `--format json`'
            cand --layout 'Rows as a table or as records (a block of `field  value` lines per row); auto means a table when it fits the terminal without splitting a word, else records'
            cand --color 'When to use colour: auto means on a terminal, with NO_COLOR unset and TERM not dumb'
            cand --timeout 'How long to wait for what can block, in seconds (or 500ms, 2m): a friendly verb answers each of its inputs within it, a function mirror each call; each command''s --help says how it counts'
            cand --json 'Print one JSON document on stdout (errors as one JSON object on stderr)'
            cand --ascii 'Draw tables with ASCII characters even on a terminal'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sockref;getsockopt'= {
            cand --buflen 'Read into a buffer of this many bytes (1-1024) and return them as hex, as getsockopt(level, optname, buflen) does'
            cand --proto 'The protocol argument of socket(): IPPROTO_*, a name or a number'
            cand --format 'Output format; `--json` is short for `--format json`'
            cand --layout 'Rows as a table or as records (a block of `field  value` lines per row); auto means a table when it fits the terminal without splitting a word, else records'
            cand --color 'When to use colour: auto means on a terminal, with NO_COLOR unset and TERM not dumb'
            cand --timeout 'How long to wait for what can block, in seconds (or 500ms, 2m): a friendly verb answers each of its inputs within it, a function mirror each call; each command''s --help says how it counts'
            cand --json 'Print one JSON document on stdout (errors as one JSON object on stderr)'
            cand --ascii 'Draw tables with ASCII characters even on a terminal'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sockref;setsockopt'= {
            cand --buflen 'Read the value back into a buffer of this many bytes, returned as hex'
            cand --proto 'The protocol argument of socket(): IPPROTO_*, a name or a number'
            cand --format 'Output format; `--json` is short for `--format json`'
            cand --layout 'Rows as a table or as records (a block of `field  value` lines per row); auto means a table when it fits the terminal without splitting a word, else records'
            cand --color 'When to use colour: auto means on a terminal, with NO_COLOR unset and TERM not dumb'
            cand --timeout 'How long to wait for what can block, in seconds (or 500ms, 2m): a friendly verb answers each of its inputs within it, a function mirror each call; each command''s --help says how it counts'
            cand --bytes 'VALUE is bytes in hex (a struct or a string), as setsockopt(level, optname, bytes)'
            cand --json 'Print one JSON document on stdout (errors as one JSON object on stderr)'
            cand --ascii 'Draw tables with ASCII characters even on a terminal'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sockref;create_connection'= {
            cand --source 'source_address as ADDR[:PORT]: `127.0.0.1`, `[::1]:5000`'
            cand --format 'Output format; `--json` is short for `--format json`'
            cand --layout 'Rows as a table or as records (a block of `field  value` lines per row); auto means a table when it fits the terminal without splitting a word, else records'
            cand --color 'When to use colour: auto means on a terminal, with NO_COLOR unset and TERM not dumb'
            cand --timeout 'How long to wait for what can block, in seconds (or 500ms, 2m): a friendly verb answers each of its inputs within it, a function mirror each call; each command''s --help says how it counts'
            cand --json 'Print one JSON document on stdout (errors as one JSON object on stderr)'
            cand --ascii 'Draw tables with ASCII characters even on a terminal'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sockref;help'= {
            cand resolve 'Resolve host names with the system resolver (getaddrinfo): addresses, families, socket types, canonical name and aliases; many names at once, in input order'
            cand reverse 'Reverse-resolve addresses: gethostbyaddr and getnameinfo side by side'
            cand hostname 'This host''s name: gethostname and getfqdn'
            cand service 'Look up services(5) by name or port: every matching row with its aliases'
            cand proto 'Look up protocols(5) by name or number'
            cand byteorder 'Host endianness and htons/htonl/ntohs/ntohl (and 64-bit) of a number'
            cand inet 'What inet_pton, inet_aton, inet_ntop and inet_ntoa make of an address; its integer, canonical form and class'
            cand const 'Socket constants (AF_*, SO_*, TCP_*, ...) and their values on this platform, by name, prefix, glob (`SO_*BUF`) or value (`--value 10 --prefix AF`)'
            cand errno 'errno values, EAI_* (getaddrinfo) and h_errno codes by name or number: the platform''s message, the socket calls that return each and its usual cause'
            cand sockopt 'Every option of a fresh socket, grouped by level, in natural units; `--set` shows what the kernel keeps, `--connected` reads both ends of a live loopback pair'
            cand keepalive 'TCP keepalive: the system defaults, a fresh socket''s settings, and how long each takes to notice a dead peer; `--demo` runs an application heartbeat over loopback'
            cand connect 'create_connection step by step: every getaddrinfo candidate tried in order, its outcome and time, and the local and peer address of the connection made'
            cand backlog 'How many connections complete before accept() with listen(N): fills the accept queue of a loopback listener and shows what the kernel does with the rest'
            cand echo 'A loopback echo server and client in this process over each transport (TCP, UDP, unix, socketpair, abstract): every byte sent must come back unchanged; RTT percentiles and throughput per transport, `--trace` for every socket call'
            cand completions 'Write a shell completion script to stdout'
            cand gethostbyname 'socket.gethostbyname(hostname): the first IPv4 address of a name'
            cand gethostbyname_ex 'socket.gethostbyname_ex(hostname): (hostname, aliaslist, ipaddrlist)'
            cand gethostbyaddr 'socket.gethostbyaddr(ip_address): (hostname, aliaslist, ipaddrlist)'
            cand getaddrinfo 'socket.getaddrinfo(host, port, family, type, proto, flags): every row, in order'
            cand getnameinfo 'socket.getnameinfo((host, port), flags): (host, port)'
            cand gethostname 'socket.gethostname()'
            cand getfqdn 'socket.getfqdn([name])'
            cand getservbyname 'socket.getservbyname(servicename[, protocolname]): the port number'
            cand getservbyport 'socket.getservbyport(port[, protocolname]): the service name'
            cand getprotobyname 'socket.getprotobyname(protocolname): the protocol number'
            cand htons 'socket.htons(x): a 16-bit integer from host to network byte order'
            cand htonl 'socket.htonl(x): a 32-bit integer from host to network byte order'
            cand ntohs 'socket.ntohs(x): a 16-bit integer from network to host byte order'
            cand ntohl 'socket.ntohl(x): a 32-bit integer from network to host byte order'
            cand inet_pton 'socket.inet_pton(address_family, ip_string): the packed address, as hex'
            cand inet_ntop 'socket.inet_ntop(address_family, packed_ip): the address text'
            cand inet_aton 'socket.inet_aton(ip_string): the packed IPv4 address, as hex'
            cand inet_ntoa 'socket.inet_ntoa(packed_ip): dotted-quad text of a packed IPv4 address'
            cand getsockopt 'socket.socket(family, type).getsockopt(level, optname): the option as a C int'
            cand setsockopt 'socket.socket(family, type).setsockopt(level, optname, value), then the value read back with getsockopt'
            cand create_connection 'socket.create_connection(address, timeout, source_address): the laddr and raddr of the connected socket, or the last error'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'sockref;help;resolve'= {
        }
        &'sockref;help;reverse'= {
        }
        &'sockref;help;hostname'= {
        }
        &'sockref;help;service'= {
        }
        &'sockref;help;proto'= {
        }
        &'sockref;help;byteorder'= {
        }
        &'sockref;help;inet'= {
        }
        &'sockref;help;const'= {
        }
        &'sockref;help;errno'= {
        }
        &'sockref;help;sockopt'= {
        }
        &'sockref;help;keepalive'= {
        }
        &'sockref;help;connect'= {
        }
        &'sockref;help;backlog'= {
        }
        &'sockref;help;echo'= {
        }
        &'sockref;help;completions'= {
        }
        &'sockref;help;gethostbyname'= {
        }
        &'sockref;help;gethostbyname_ex'= {
        }
        &'sockref;help;gethostbyaddr'= {
        }
        &'sockref;help;getaddrinfo'= {
        }
        &'sockref;help;getnameinfo'= {
        }
        &'sockref;help;gethostname'= {
        }
        &'sockref;help;getfqdn'= {
        }
        &'sockref;help;getservbyname'= {
        }
        &'sockref;help;getservbyport'= {
        }
        &'sockref;help;getprotobyname'= {
        }
        &'sockref;help;htons'= {
        }
        &'sockref;help;htonl'= {
        }
        &'sockref;help;ntohs'= {
        }
        &'sockref;help;ntohl'= {
        }
        &'sockref;help;inet_pton'= {
        }
        &'sockref;help;inet_ntop'= {
        }
        &'sockref;help;inet_aton'= {
        }
        &'sockref;help;inet_ntoa'= {
        }
        &'sockref;help;getsockopt'= {
        }
        &'sockref;help;setsockopt'= {
        }
        &'sockref;help;create_connection'= {
        }
        &'sockref;help;help'= {
        }
    ]
    $completions[$command]
}

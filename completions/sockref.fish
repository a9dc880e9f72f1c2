# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_sockref_global_optspecs
    string join \n json format= layout= ascii color= timeout= h/help V/version
end

function __fish_sockref_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_sockref_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_sockref_using_subcommand
    set -l cmd (__fish_sockref_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c sockref -n "__fish_sockref_needs_command" -l format -d 'Output format; `--json` is short for `--format json`' -r -f -a "table\t'A table for people'
json\t'One JSON document'
tsv\t'Tab-separated values with a header line'"
complete -c sockref -n "__fish_sockref_needs_command" -l layout -d 'Rows as a table or as records (a block of `field  value` lines per row); auto means a table when it fits the terminal without splitting a word, else records' -r -f -a "auto\t''
table\t''
records\t''"
complete -c sockref -n "__fish_sockref_needs_command" -l color -d 'When to use colour: auto means on a terminal, with NO_COLOR unset and TERM not dumb' -r -f -a "auto\t''
always\t''
never\t''"
complete -c sockref -n "__fish_sockref_needs_command" -l timeout -d 'How long to wait for what can block, in seconds (or 500ms, 2m): a friendly verb answers each of its inputs within it, a function mirror each call; each command\'s --help says how it counts' -r -f
complete -c sockref -n "__fish_sockref_needs_command" -l json -d 'Print one JSON document on stdout (errors as one JSON object on stderr)'
complete -c sockref -n "__fish_sockref_needs_command" -l ascii -d 'Draw tables with ASCII characters even on a terminal'
complete -c sockref -n "__fish_sockref_needs_command" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c sockref -n "__fish_sockref_needs_command" -s V -l version -d 'Print version'
complete -c sockref -n "__fish_sockref_needs_command" -f -a "resolve" -d 'Resolve host names with the system resolver (getaddrinfo): addresses, families, socket types, canonical name and aliases; many names at once, in input order'
complete -c sockref -n "__fish_sockref_needs_command" -f -a "reverse" -d 'Reverse-resolve addresses: gethostbyaddr and getnameinfo side by side'
complete -c sockref -n "__fish_sockref_needs_command" -f -a "hostname" -d 'This host\'s name: gethostname and getfqdn'
complete -c sockref -n "__fish_sockref_needs_command" -f -a "service" -d 'Look up services(5) by name or port: every matching row with its aliases'
complete -c sockref -n "__fish_sockref_needs_command" -f -a "proto" -d 'Look up protocols(5) by name or number'
complete -c sockref -n "__fish_sockref_needs_command" -f -a "byteorder" -d 'Host endianness and htons/htonl/ntohs/ntohl (and 64-bit) of a number'
complete -c sockref -n "__fish_sockref_needs_command" -f -a "inet" -d 'What inet_pton, inet_aton, inet_ntop and inet_ntoa make of an address; its integer, canonical form and class'
complete -c sockref -n "__fish_sockref_needs_command" -f -a "const" -d 'Socket constants (AF_*, SO_*, TCP_*, ...) and their values on this platform, by name, prefix, glob (`SO_*BUF`) or value (`--value 10 --prefix AF`)'
complete -c sockref -n "__fish_sockref_needs_command" -f -a "errno" -d 'errno values, EAI_* (getaddrinfo) and h_errno codes by name or number: the platform\'s message, the socket calls that return each and its usual cause'
complete -c sockref -n "__fish_sockref_needs_command" -f -a "sockopt" -d 'Every option of a fresh socket, grouped by level, in natural units; `--set` shows what the kernel keeps, `--connected` reads both ends of a live loopback pair'
complete -c sockref -n "__fish_sockref_needs_command" -f -a "keepalive" -d 'TCP keepalive: the system defaults, a fresh socket\'s settings, and how long each takes to notice a dead peer; `--demo` runs an application heartbeat over loopback'
complete -c sockref -n "__fish_sockref_needs_command" -f -a "connect" -d 'create_connection step by step: every getaddrinfo candidate tried in order, its outcome and time, and the local and peer address of the connection made'
complete -c sockref -n "__fish_sockref_needs_command" -f -a "backlog" -d 'How many connections complete before accept() with listen(N): fills the accept queue of a loopback listener and shows what the kernel does with the rest'
complete -c sockref -n "__fish_sockref_needs_command" -f -a "echo" -d 'A loopback echo server and client in this process over each transport (TCP, UDP, unix, socketpair, abstract): every byte sent must come back unchanged; RTT percentiles and throughput per transport, `--trace` for every socket call'
complete -c sockref -n "__fish_sockref_needs_command" -f -a "completions" -d 'Write a shell completion script to stdout'
complete -c sockref -n "__fish_sockref_needs_command" -f -a "gethostbyname" -d 'socket.gethostbyname(hostname): the first IPv4 address of a name'
complete -c sockref -n "__fish_sockref_needs_command" -f -a "gethostbyname_ex" -d 'socket.gethostbyname_ex(hostname): (hostname, aliaslist, ipaddrlist)'
complete -c sockref -n "__fish_sockref_needs_command" -f -a "gethostbyaddr" -d 'socket.gethostbyaddr(ip_address): (hostname, aliaslist, ipaddrlist)'
complete -c sockref -n "__fish_sockref_needs_command" -f -a "getaddrinfo" -d 'socket.getaddrinfo(host, port, family, type, proto, flags): every row, in order'
complete -c sockref -n "__fish_sockref_needs_command" -f -a "getnameinfo" -d 'socket.getnameinfo((host, port), flags): (host, port)'
complete -c sockref -n "__fish_sockref_needs_command" -f -a "gethostname" -d 'socket.gethostname()'
complete -c sockref -n "__fish_sockref_needs_command" -f -a "getfqdn" -d 'socket.getfqdn([name])'
complete -c sockref -n "__fish_sockref_needs_command" -f -a "getservbyname" -d 'socket.getservbyname(servicename[, protocolname]): the port number'
complete -c sockref -n "__fish_sockref_needs_command" -f -a "getservbyport" -d 'socket.getservbyport(port[, protocolname]): the service name'
complete -c sockref -n "__fish_sockref_needs_command" -f -a "getprotobyname" -d 'socket.getprotobyname(protocolname): the protocol number'
complete -c sockref -n "__fish_sockref_needs_command" -f -a "htons" -d 'socket.htons(x): a 16-bit integer from host to network byte order'
complete -c sockref -n "__fish_sockref_needs_command" -f -a "htonl" -d 'socket.htonl(x): a 32-bit integer from host to network byte order'
complete -c sockref -n "__fish_sockref_needs_command" -f -a "ntohs" -d 'socket.ntohs(x): a 16-bit integer from network to host byte order'
complete -c sockref -n "__fish_sockref_needs_command" -f -a "ntohl" -d 'socket.ntohl(x): a 32-bit integer from network to host byte order'
complete -c sockref -n "__fish_sockref_needs_command" -f -a "inet_pton" -d 'socket.inet_pton(address_family, ip_string): the packed address, as hex'
complete -c sockref -n "__fish_sockref_needs_command" -f -a "inet_ntop" -d 'socket.inet_ntop(address_family, packed_ip): the address text'
complete -c sockref -n "__fish_sockref_needs_command" -f -a "inet_aton" -d 'socket.inet_aton(ip_string): the packed IPv4 address, as hex'
complete -c sockref -n "__fish_sockref_needs_command" -f -a "inet_ntoa" -d 'socket.inet_ntoa(packed_ip): dotted-quad text of a packed IPv4 address'
complete -c sockref -n "__fish_sockref_needs_command" -f -a "getsockopt" -d 'socket.socket(family, type).getsockopt(level, optname): the option as a C int'
complete -c sockref -n "__fish_sockref_needs_command" -f -a "setsockopt" -d 'socket.socket(family, type).setsockopt(level, optname, value), then the value read back with getsockopt'
complete -c sockref -n "__fish_sockref_needs_command" -f -a "create_connection" -d 'socket.create_connection(address, timeout, source_address): the laddr and raddr of the connected socket, or the last error'
complete -c sockref -n "__fish_sockref_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c sockref -n "__fish_sockref_using_subcommand resolve" -l file -d 'Read names from this file, one per line (blank lines and # comments skipped)' -r -F
complete -c sockref -n "__fish_sockref_using_subcommand resolve" -l service -d 'A service name or port to resolve with each host (shows the port column)' -r -f
complete -c sockref -n "__fish_sockref_using_subcommand resolve" -l type -d 'Only this socket type: stream, dgram, raw, seqpacket (or SOCK_* or a number)' -r -f
complete -c sockref -n "__fish_sockref_using_subcommand resolve" -l jobs -d 'How many lookups run at once, 1-256' -r -f
complete -c sockref -n "__fish_sockref_using_subcommand resolve" -l format -d 'Output format; `--json` is short for `--format json`' -r -f -a "table\t'A table for people'
json\t'One JSON document'
tsv\t'Tab-separated values with a header line'"
complete -c sockref -n "__fish_sockref_using_subcommand resolve" -l layout -d 'Rows as a table or as records (a block of `field  value` lines per row); auto means a table when it fits the terminal without splitting a word, else records' -r -f -a "auto\t''
table\t''
records\t''"
complete -c sockref -n "__fish_sockref_using_subcommand resolve" -l color -d 'When to use colour: auto means on a terminal, with NO_COLOR unset and TERM not dumb' -r -f -a "auto\t''
always\t''
never\t''"
complete -c sockref -n "__fish_sockref_using_subcommand resolve" -l timeout -d 'How long to wait for what can block, in seconds (or 500ms, 2m): a friendly verb answers each of its inputs within it, a function mirror each call; each command\'s --help says how it counts' -r -f
complete -c sockref -n "__fish_sockref_using_subcommand resolve" -s 4 -d 'IPv4 addresses only (AF_INET)'
complete -c sockref -n "__fish_sockref_using_subcommand resolve" -s 6 -d 'IPv6 addresses only (AF_INET6)'
complete -c sockref -n "__fish_sockref_using_subcommand resolve" -l json -d 'Print one JSON document on stdout (errors as one JSON object on stderr)'
complete -c sockref -n "__fish_sockref_using_subcommand resolve" -l ascii -d 'Draw tables with ASCII characters even on a terminal'
complete -c sockref -n "__fish_sockref_using_subcommand resolve" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c sockref -n "__fish_sockref_using_subcommand resolve" -s V -l version -d 'Print version'
complete -c sockref -n "__fish_sockref_using_subcommand reverse" -l format -d 'Output format; `--json` is short for `--format json`' -r -f -a "table\t'A table for people'
json\t'One JSON document'
tsv\t'Tab-separated values with a header line'"
complete -c sockref -n "__fish_sockref_using_subcommand reverse" -l layout -d 'Rows as a table or as records (a block of `field  value` lines per row); auto means a table when it fits the terminal without splitting a word, else records' -r -f -a "auto\t''
table\t''
records\t''"
complete -c sockref -n "__fish_sockref_using_subcommand reverse" -l color -d 'When to use colour: auto means on a terminal, with NO_COLOR unset and TERM not dumb' -r -f -a "auto\t''
always\t''
never\t''"
complete -c sockref -n "__fish_sockref_using_subcommand reverse" -l timeout -d 'How long to wait for what can block, in seconds (or 500ms, 2m): a friendly verb answers each of its inputs within it, a function mirror each call; each command\'s --help says how it counts' -r -f
complete -c sockref -n "__fish_sockref_using_subcommand reverse" -l json -d 'Print one JSON document on stdout (errors as one JSON object on stderr)'
complete -c sockref -n "__fish_sockref_using_subcommand reverse" -l ascii -d 'Draw tables with ASCII characters even on a terminal'
complete -c sockref -n "__fish_sockref_using_subcommand reverse" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c sockref -n "__fish_sockref_using_subcommand reverse" -s V -l version -d 'Print version'
complete -c sockref -n "__fish_sockref_using_subcommand hostname" -l format -d 'Output format; `--json` is short for `--format json`' -r -f -a "table\t'A table for people'
json\t'One JSON document'
tsv\t'Tab-separated values with a header line'"
complete -c sockref -n "__fish_sockref_using_subcommand hostname" -l layout -d 'Rows as a table or as records (a block of `field  value` lines per row); auto means a table when it fits the terminal without splitting a word, else records' -r -f -a "auto\t''
table\t''
records\t''"
complete -c sockref -n "__fish_sockref_using_subcommand hostname" -l color -d 'When to use colour: auto means on a terminal, with NO_COLOR unset and TERM not dumb' -r -f -a "auto\t''
always\t''
never\t''"
complete -c sockref -n "__fish_sockref_using_subcommand hostname" -l timeout -d 'How long to wait for what can block, in seconds (or 500ms, 2m): a friendly verb answers each of its inputs within it, a function mirror each call; each command\'s --help says how it counts' -r -f
complete -c sockref -n "__fish_sockref_using_subcommand hostname" -l json -d 'Print one JSON document on stdout (errors as one JSON object on stderr)'
complete -c sockref -n "__fish_sockref_using_subcommand hostname" -l ascii -d 'Draw tables with ASCII characters even on a terminal'
complete -c sockref -n "__fish_sockref_using_subcommand hostname" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c sockref -n "__fish_sockref_using_subcommand hostname" -s V -l version -d 'Print version'
complete -c sockref -n "__fish_sockref_using_subcommand service" -l proto -d 'Only rows of this protocol (tcp, udp, sctp, ...)' -r -f
complete -c sockref -n "__fish_sockref_using_subcommand service" -l format -d 'Output format; `--json` is short for `--format json`' -r -f -a "table\t'A table for people'
json\t'One JSON document'
tsv\t'Tab-separated values with a header line'"
complete -c sockref -n "__fish_sockref_using_subcommand service" -l layout -d 'Rows as a table or as records (a block of `field  value` lines per row); auto means a table when it fits the terminal without splitting a word, else records' -r -f -a "auto\t''
table\t''
records\t''"
complete -c sockref -n "__fish_sockref_using_subcommand service" -l color -d 'When to use colour: auto means on a terminal, with NO_COLOR unset and TERM not dumb' -r -f -a "auto\t''
always\t''
never\t''"
complete -c sockref -n "__fish_sockref_using_subcommand service" -l timeout -d 'How long to wait for what can block, in seconds (or 500ms, 2m): a friendly verb answers each of its inputs within it, a function mirror each call; each command\'s --help says how it counts' -r -f
complete -c sockref -n "__fish_sockref_using_subcommand service" -l all -d 'List the whole services database'
complete -c sockref -n "__fish_sockref_using_subcommand service" -l json -d 'Print one JSON document on stdout (errors as one JSON object on stderr)'
complete -c sockref -n "__fish_sockref_using_subcommand service" -l ascii -d 'Draw tables with ASCII characters even on a terminal'
complete -c sockref -n "__fish_sockref_using_subcommand service" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c sockref -n "__fish_sockref_using_subcommand service" -s V -l version -d 'Print version'
complete -c sockref -n "__fish_sockref_using_subcommand proto" -l format -d 'Output format; `--json` is short for `--format json`' -r -f -a "table\t'A table for people'
json\t'One JSON document'
tsv\t'Tab-separated values with a header line'"
complete -c sockref -n "__fish_sockref_using_subcommand proto" -l layout -d 'Rows as a table or as records (a block of `field  value` lines per row); auto means a table when it fits the terminal without splitting a word, else records' -r -f -a "auto\t''
table\t''
records\t''"
complete -c sockref -n "__fish_sockref_using_subcommand proto" -l color -d 'When to use colour: auto means on a terminal, with NO_COLOR unset and TERM not dumb' -r -f -a "auto\t''
always\t''
never\t''"
complete -c sockref -n "__fish_sockref_using_subcommand proto" -l timeout -d 'How long to wait for what can block, in seconds (or 500ms, 2m): a friendly verb answers each of its inputs within it, a function mirror each call; each command\'s --help says how it counts' -r -f
complete -c sockref -n "__fish_sockref_using_subcommand proto" -l all -d 'List the whole protocols database'
complete -c sockref -n "__fish_sockref_using_subcommand proto" -l json -d 'Print one JSON document on stdout (errors as one JSON object on stderr)'
complete -c sockref -n "__fish_sockref_using_subcommand proto" -l ascii -d 'Draw tables with ASCII characters even on a terminal'
complete -c sockref -n "__fish_sockref_using_subcommand proto" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c sockref -n "__fish_sockref_using_subcommand proto" -s V -l version -d 'Print version'
complete -c sockref -n "__fish_sockref_using_subcommand byteorder" -l format -d 'Output format; `--json` is short for `--format json`' -r -f -a "table\t'A table for people'
json\t'One JSON document'
tsv\t'Tab-separated values with a header line'"
complete -c sockref -n "__fish_sockref_using_subcommand byteorder" -l layout -d 'Rows as a table or as records (a block of `field  value` lines per row); auto means a table when it fits the terminal without splitting a word, else records' -r -f -a "auto\t''
table\t''
records\t''"
complete -c sockref -n "__fish_sockref_using_subcommand byteorder" -l color -d 'When to use colour: auto means on a terminal, with NO_COLOR unset and TERM not dumb' -r -f -a "auto\t''
always\t''
never\t''"
complete -c sockref -n "__fish_sockref_using_subcommand byteorder" -l timeout -d 'How long to wait for what can block, in seconds (or 500ms, 2m): a friendly verb answers each of its inputs within it, a function mirror each call; each command\'s --help says how it counts' -r -f
complete -c sockref -n "__fish_sockref_using_subcommand byteorder" -l json -d 'Print one JSON document on stdout (errors as one JSON object on stderr)'
complete -c sockref -n "__fish_sockref_using_subcommand byteorder" -l ascii -d 'Draw tables with ASCII characters even on a terminal'
complete -c sockref -n "__fish_sockref_using_subcommand byteorder" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c sockref -n "__fish_sockref_using_subcommand byteorder" -s V -l version -d 'Print version'
complete -c sockref -n "__fish_sockref_using_subcommand inet" -l format -d 'Output format; `--json` is short for `--format json`' -r -f -a "table\t'A table for people'
json\t'One JSON document'
tsv\t'Tab-separated values with a header line'"
complete -c sockref -n "__fish_sockref_using_subcommand inet" -l layout -d 'Rows as a table or as records (a block of `field  value` lines per row); auto means a table when it fits the terminal without splitting a word, else records' -r -f -a "auto\t''
table\t''
records\t''"
complete -c sockref -n "__fish_sockref_using_subcommand inet" -l color -d 'When to use colour: auto means on a terminal, with NO_COLOR unset and TERM not dumb' -r -f -a "auto\t''
always\t''
never\t''"
complete -c sockref -n "__fish_sockref_using_subcommand inet" -l timeout -d 'How long to wait for what can block, in seconds (or 500ms, 2m): a friendly verb answers each of its inputs within it, a function mirror each call; each command\'s --help says how it counts' -r -f
complete -c sockref -n "__fish_sockref_using_subcommand inet" -l json -d 'Print one JSON document on stdout (errors as one JSON object on stderr)'
complete -c sockref -n "__fish_sockref_using_subcommand inet" -l ascii -d 'Draw tables with ASCII characters even on a terminal'
complete -c sockref -n "__fish_sockref_using_subcommand inet" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c sockref -n "__fish_sockref_using_subcommand inet" -s V -l version -d 'Print version'
complete -c sockref -n "__fish_sockref_using_subcommand const" -l prefix -d 'Only this group: AF, SOCK, SOL, SO, IPPROTO, IP, IPV6, TCP, MSG, AI, NI, EAI, SHUT, SCM, INADDR, SOMAXCONN or has_ipv6' -r -f
complete -c sockref -n "__fish_sockref_using_subcommand const" -l value -d 'Only constants with this value: decimal, 0x hex, 0o octal or 0b binary. Every name with that value is shown' -r -f
complete -c sockref -n "__fish_sockref_using_subcommand const" -l format -d 'Output format; `--json` is short for `--format json`' -r -f -a "table\t'A table for people'
json\t'One JSON document'
tsv\t'Tab-separated values with a header line'"
complete -c sockref -n "__fish_sockref_using_subcommand const" -l layout -d 'Rows as a table or as records (a block of `field  value` lines per row); auto means a table when it fits the terminal without splitting a word, else records' -r -f -a "auto\t''
table\t''
records\t''"
complete -c sockref -n "__fish_sockref_using_subcommand const" -l color -d 'When to use colour: auto means on a terminal, with NO_COLOR unset and TERM not dumb' -r -f -a "auto\t''
always\t''
never\t''"
complete -c sockref -n "__fish_sockref_using_subcommand const" -l timeout -d 'How long to wait for what can block, in seconds (or 500ms, 2m): a friendly verb answers each of its inputs within it, a function mirror each call; each command\'s --help says how it counts' -r -f
complete -c sockref -n "__fish_sockref_using_subcommand const" -l all -d 'List every constant (the same as giving no filter)'
complete -c sockref -n "__fish_sockref_using_subcommand const" -l json -d 'Print one JSON document on stdout (errors as one JSON object on stderr)'
complete -c sockref -n "__fish_sockref_using_subcommand const" -l ascii -d 'Draw tables with ASCII characters even on a terminal'
complete -c sockref -n "__fish_sockref_using_subcommand const" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c sockref -n "__fish_sockref_using_subcommand const" -s V -l version -d 'Print version'
complete -c sockref -n "__fish_sockref_using_subcommand errno" -l search -d 'Only codes whose name, message or cause contains WORD (any case)' -r -f
complete -c sockref -n "__fish_sockref_using_subcommand errno" -l kind -d 'Only codes of this kind' -r -f -a "errno\t'errno values, strerror(3) (Python\'s OSError)'
eai\t'getaddrinfo and getnameinfo codes, EAI_* (Python\'s socket.gaierror)'
herror\t'gethostbyname and gethostbyaddr codes, h_errno (Python\'s socket.herror)'"
complete -c sockref -n "__fish_sockref_using_subcommand errno" -l format -d 'Output format; `--json` is short for `--format json`' -r -f -a "table\t'A table for people'
json\t'One JSON document'
tsv\t'Tab-separated values with a header line'"
complete -c sockref -n "__fish_sockref_using_subcommand errno" -l layout -d 'Rows as a table or as records (a block of `field  value` lines per row); auto means a table when it fits the terminal without splitting a word, else records' -r -f -a "auto\t''
table\t''
records\t''"
complete -c sockref -n "__fish_sockref_using_subcommand errno" -l color -d 'When to use colour: auto means on a terminal, with NO_COLOR unset and TERM not dumb' -r -f -a "auto\t''
always\t''
never\t''"
complete -c sockref -n "__fish_sockref_using_subcommand errno" -l timeout -d 'How long to wait for what can block, in seconds (or 500ms, 2m): a friendly verb answers each of its inputs within it, a function mirror each call; each command\'s --help says how it counts' -r -f
complete -c sockref -n "__fish_sockref_using_subcommand errno" -l list -d 'List every code: errno values, then EAI codes, then h_errno codes'
complete -c sockref -n "__fish_sockref_using_subcommand errno" -l json -d 'Print one JSON document on stdout (errors as one JSON object on stderr)'
complete -c sockref -n "__fish_sockref_using_subcommand errno" -l ascii -d 'Draw tables with ASCII characters even on a terminal'
complete -c sockref -n "__fish_sockref_using_subcommand errno" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c sockref -n "__fish_sockref_using_subcommand errno" -s V -l version -d 'Print version'
complete -c sockref -n "__fish_sockref_using_subcommand sockopt" -l family -d 'Address family: inet, inet6 or unix (or AF_*, or a number)' -r -f
complete -c sockref -n "__fish_sockref_using_subcommand sockopt" -l type -d 'Socket type: stream, dgram, seqpacket or raw (or SOCK_*, or a number)' -r -f
complete -c sockref -n "__fish_sockref_using_subcommand sockopt" -l proto -d 'Protocol (IPPROTO_*, a name such as icmp, or a number); 0 by default, and for raw sockets icmp (inet) or icmpv6 (inet6)' -r -f
complete -c sockref -n "__fish_sockref_using_subcommand sockopt" -l set -d 'Set an option before reading, e.g. SO_RCVBUF=64K, TCP_NODELAY=on, SO_LINGER=on,5, SO_RCVTIMEO=1.5; repeatable. Shows what was asked beside what the kernel kept' -r -f
complete -c sockref -n "__fish_sockref_using_subcommand sockopt" -l format -d 'Output format; `--json` is short for `--format json`' -r -f -a "table\t'A table for people'
json\t'One JSON document'
tsv\t'Tab-separated values with a header line'"
complete -c sockref -n "__fish_sockref_using_subcommand sockopt" -l layout -d 'Rows as a table or as records (a block of `field  value` lines per row); auto means a table when it fits the terminal without splitting a word, else records' -r -f -a "auto\t''
table\t''
records\t''"
complete -c sockref -n "__fish_sockref_using_subcommand sockopt" -l color -d 'When to use colour: auto means on a terminal, with NO_COLOR unset and TERM not dumb' -r -f -a "auto\t''
always\t''
never\t''"
complete -c sockref -n "__fish_sockref_using_subcommand sockopt" -l timeout -d 'How long to wait for what can block, in seconds (or 500ms, 2m): a friendly verb answers each of its inputs within it, a function mirror each call; each command\'s --help says how it counts' -r -f
complete -c sockref -n "__fish_sockref_using_subcommand sockopt" -l connected -d 'Read both ends of a live loopback pair instead of a fresh socket: TCP or UDP over 127.0.0.1 or ::1, a socketpair for unix; TCP_INFO decoded for TCP'
complete -c sockref -n "__fish_sockref_using_subcommand sockopt" -l all -d 'Ask about every option sockref knows, not only those that apply to this socket'
complete -c sockref -n "__fish_sockref_using_subcommand sockopt" -l json -d 'Print one JSON document on stdout (errors as one JSON object on stderr)'
complete -c sockref -n "__fish_sockref_using_subcommand sockopt" -l ascii -d 'Draw tables with ASCII characters even on a terminal'
complete -c sockref -n "__fish_sockref_using_subcommand sockopt" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c sockref -n "__fish_sockref_using_subcommand sockopt" -s V -l version -d 'Print version'
complete -c sockref -n "__fish_sockref_using_subcommand keepalive" -l family -d 'Address family of the TCP socket: inet or inet6' -r -f
complete -c sockref -n "__fish_sockref_using_subcommand keepalive" -l idle -d 'Set TCP_KEEPIDLE on the socket first (seconds; 90, 2m, 1h)' -r -f
complete -c sockref -n "__fish_sockref_using_subcommand keepalive" -l interval -d 'Set TCP_KEEPINTVL on the socket first (seconds)' -r -f
complete -c sockref -n "__fish_sockref_using_subcommand keepalive" -l count -d 'Set TCP_KEEPCNT on the socket first (unanswered probes before the peer is dead)' -r -f
complete -c sockref -n "__fish_sockref_using_subcommand keepalive" -l heartbeat -d 'With --demo: milliseconds between heartbeats (or 0.5s), 10ms-2s' -r -f
complete -c sockref -n "__fish_sockref_using_subcommand keepalive" -l misses -d 'With --demo: missed heartbeats before the peer is declared dead, 1-10' -r -f
complete -c sockref -n "__fish_sockref_using_subcommand keepalive" -l format -d 'Output format; `--json` is short for `--format json`' -r -f -a "table\t'A table for people'
json\t'One JSON document'
tsv\t'Tab-separated values with a header line'"
complete -c sockref -n "__fish_sockref_using_subcommand keepalive" -l layout -d 'Rows as a table or as records (a block of `field  value` lines per row); auto means a table when it fits the terminal without splitting a word, else records' -r -f -a "auto\t''
table\t''
records\t''"
complete -c sockref -n "__fish_sockref_using_subcommand keepalive" -l color -d 'When to use colour: auto means on a terminal, with NO_COLOR unset and TERM not dumb' -r -f -a "auto\t''
always\t''
never\t''"
complete -c sockref -n "__fish_sockref_using_subcommand keepalive" -l timeout -d 'How long to wait for what can block, in seconds (or 500ms, 2m): a friendly verb answers each of its inputs within it, a function mirror each call; each command\'s --help says how it counts' -r -f
complete -c sockref -n "__fish_sockref_using_subcommand keepalive" -l demo -d 'Run an application heartbeat over a loopback TCP pair: the server answers a few pings, then stops answering without closing, and the client declares it dead after --misses missed beats. Prints the timeline beside the keepalive settings'
complete -c sockref -n "__fish_sockref_using_subcommand keepalive" -l json -d 'Print one JSON document on stdout (errors as one JSON object on stderr)'
complete -c sockref -n "__fish_sockref_using_subcommand keepalive" -l ascii -d 'Draw tables with ASCII characters even on a terminal'
complete -c sockref -n "__fish_sockref_using_subcommand keepalive" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c sockref -n "__fish_sockref_using_subcommand keepalive" -s V -l version -d 'Print version'
complete -c sockref -n "__fish_sockref_using_subcommand connect" -l source -d 'Bind to this address before each connect, as Python\'s source_address: `127.0.0.1`, `127.0.0.1:5000`, `::1`, `[::1]:5000` (port 0 when omitted)' -r -f
complete -c sockref -n "__fish_sockref_using_subcommand connect" -l format -d 'Output format; `--json` is short for `--format json`' -r -f -a "table\t'A table for people'
json\t'One JSON document'
tsv\t'Tab-separated values with a header line'"
complete -c sockref -n "__fish_sockref_using_subcommand connect" -l layout -d 'Rows as a table or as records (a block of `field  value` lines per row); auto means a table when it fits the terminal without splitting a word, else records' -r -f -a "auto\t''
table\t''
records\t''"
complete -c sockref -n "__fish_sockref_using_subcommand connect" -l color -d 'When to use colour: auto means on a terminal, with NO_COLOR unset and TERM not dumb' -r -f -a "auto\t''
always\t''
never\t''"
complete -c sockref -n "__fish_sockref_using_subcommand connect" -l timeout -d 'How long to wait for what can block, in seconds (or 500ms, 2m): a friendly verb answers each of its inputs within it, a function mirror each call; each command\'s --help says how it counts' -r -f
complete -c sockref -n "__fish_sockref_using_subcommand connect" -s 4 -d 'Only IPv4 candidates (getaddrinfo with AF_INET)'
complete -c sockref -n "__fish_sockref_using_subcommand connect" -s 6 -d 'Only IPv6 candidates (getaddrinfo with AF_INET6)'
complete -c sockref -n "__fish_sockref_using_subcommand connect" -l json -d 'Print one JSON document on stdout (errors as one JSON object on stderr)'
complete -c sockref -n "__fish_sockref_using_subcommand connect" -l ascii -d 'Draw tables with ASCII characters even on a terminal'
complete -c sockref -n "__fish_sockref_using_subcommand connect" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c sockref -n "__fish_sockref_using_subcommand connect" -s V -l version -d 'Print version'
complete -c sockref -n "__fish_sockref_using_subcommand backlog" -l format -d 'Output format; `--json` is short for `--format json`' -r -f -a "table\t'A table for people'
json\t'One JSON document'
tsv\t'Tab-separated values with a header line'"
complete -c sockref -n "__fish_sockref_using_subcommand backlog" -l layout -d 'Rows as a table or as records (a block of `field  value` lines per row); auto means a table when it fits the terminal without splitting a word, else records' -r -f -a "auto\t''
table\t''
records\t''"
complete -c sockref -n "__fish_sockref_using_subcommand backlog" -l color -d 'When to use colour: auto means on a terminal, with NO_COLOR unset and TERM not dumb' -r -f -a "auto\t''
always\t''
never\t''"
complete -c sockref -n "__fish_sockref_using_subcommand backlog" -l timeout -d 'How long to wait for what can block, in seconds (or 500ms, 2m): a friendly verb answers each of its inputs within it, a function mirror each call; each command\'s --help says how it counts' -r -f
complete -c sockref -n "__fish_sockref_using_subcommand backlog" -l json -d 'Print one JSON document on stdout (errors as one JSON object on stderr)'
complete -c sockref -n "__fish_sockref_using_subcommand backlog" -l ascii -d 'Draw tables with ASCII characters even on a terminal'
complete -c sockref -n "__fish_sockref_using_subcommand backlog" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c sockref -n "__fish_sockref_using_subcommand backlog" -s V -l version -d 'Print version'
complete -c sockref -n "__fish_sockref_using_subcommand echo" -l transport -d 'Only these transports (repeatable, or a comma list: `tcp4,udp6`); every one when omitted' -r -f -a "tcp4\t'TCP over 127.0.0.1'
tcp6\t'TCP over ::1'
udp4\t'UDP over 127.0.0.1, datagrams up to 65507 bytes'
udp6\t'UDP over ::1, datagrams up to 65527 bytes'
unix-stream\t'AF_UNIX SOCK_STREAM at a path in a fresh private directory'
unix-dgram\t'AF_UNIX SOCK_DGRAM at a path, datagrams up to what SO_SNDBUF allows'
unix-seqpacket\t'AF_UNIX SOCK_SEQPACKET at a path, records up to what SO_SNDBUF allows'
socketpair\t'socketpair(AF_UNIX, SOCK_STREAM): two connected ends without addresses'
abstract-stream\t'AF_UNIX SOCK_STREAM in Linux\'s abstract namespace'
abstract-dgram\t'AF_UNIX SOCK_DGRAM in Linux\'s abstract namespace'
abstract-seqpacket\t'AF_UNIX SOCK_SEQPACKET in Linux\'s abstract namespace'"
complete -c sockref -n "__fish_sockref_using_subcommand echo" -l duration -d 'Seconds each --bench measurement runs (default 2, at most 1h), or how long --serve serves (default: until Ctrl-C, at most 7 days); also 500ms, 2m' -r -f
complete -c sockref -n "__fish_sockref_using_subcommand echo" -l size -d 'Bytes per message of the --bench ping-pong and of each --connections request (default 64; also 4K, 1M)' -r -f
complete -c sockref -n "__fish_sockref_using_subcommand echo" -l connections -d 'What a TCP connection costs: `short` opens one per request (connect, send, recv, close), `long` keeps one open for all; `short,long` runs both. Shows the time of each request and the TIME_WAIT sockets left behind. Alone it means `long`' -r -f -a "short\t'A new TCP connection for every request'
long\t'One TCP connection kept open for every request'"
complete -c sockref -n "__fish_sockref_using_subcommand echo" -l requests -d 'Requests per --connections mode, 1-100000' -r -f
complete -c sockref -n "__fish_sockref_using_subcommand echo" -l serve -d 'Run only an echo server on ADDR (`127.0.0.1:7000`, `[::1]:7000`, `localhost:0`; port 0 lets the kernel pick) for other clients, until Ctrl-C or --duration. The first line printed is the address it listens on. TCP, or UDP with `--transport udp4` or `udp6`' -r -f
complete -c sockref -n "__fish_sockref_using_subcommand echo" -l connect -d 'Run only the client against an echo server at ADDR, anyone\'s (socat, ncat, another `sockref echo --serve`), with the usual payloads and checks. TCP, or UDP with `--transport udp4` or `udp6`' -r -f
complete -c sockref -n "__fish_sockref_using_subcommand echo" -l idle -d 'With --serve: close a connection that has been idle (nothing read, or its client not reading) for this many seconds (default 30, at most a day)' -r -f
complete -c sockref -n "__fish_sockref_using_subcommand echo" -l max-connections -d 'With --serve: the most connections served at once (default 2048); a client beyond that is accepted and closed at once' -r -f
complete -c sockref -n "__fish_sockref_using_subcommand echo" -l format -d 'Output format; `--json` is short for `--format json`' -r -f -a "table\t'A table for people'
json\t'One JSON document'
tsv\t'Tab-separated values with a header line'"
complete -c sockref -n "__fish_sockref_using_subcommand echo" -l layout -d 'Rows as a table or as records (a block of `field  value` lines per row); auto means a table when it fits the terminal without splitting a word, else records' -r -f -a "auto\t''
table\t''
records\t''"
complete -c sockref -n "__fish_sockref_using_subcommand echo" -l color -d 'When to use colour: auto means on a terminal, with NO_COLOR unset and TERM not dumb' -r -f -a "auto\t''
always\t''
never\t''"
complete -c sockref -n "__fish_sockref_using_subcommand echo" -l timeout -d 'How long to wait for what can block, in seconds (or 500ms, 2m): a friendly verb answers each of its inputs within it, a function mirror each call; each command\'s --help says how it counts' -r -f
complete -c sockref -n "__fish_sockref_using_subcommand echo" -l trace -d 'Record every socket call of both sides (socket, bind, listen, accept, connect, send, recv, shutdown, close) with its descriptor, arguments, result and time, shown as a server | client sequence. Sends 4 small ping-pongs instead of 100 so that the sequence stays readable'
complete -c sockref -n "__fish_sockref_using_subcommand echo" -l bench -d 'Measure instead of checking: per transport, ping-pong latency (one --size message in flight, round trips for --duration, TCP_NODELAY on TCP) with percentiles, and for streams one-way throughput (128 KiB writes into a counting server). Comparable with sockperf ping-pong, which prints half the round trip, and iperf3'
complete -c sockref -n "__fish_sockref_using_subcommand echo" -l allow-remote -d 'Let --serve and --connect use an address outside loopback (with a warning on stderr); without it such an ADDR is refused'
complete -c sockref -n "__fish_sockref_using_subcommand echo" -l json -d 'Print one JSON document on stdout (errors as one JSON object on stderr)'
complete -c sockref -n "__fish_sockref_using_subcommand echo" -l ascii -d 'Draw tables with ASCII characters even on a terminal'
complete -c sockref -n "__fish_sockref_using_subcommand echo" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c sockref -n "__fish_sockref_using_subcommand echo" -s V -l version -d 'Print version'
complete -c sockref -n "__fish_sockref_using_subcommand completions" -l format -d 'Output format; `--json` is short for `--format json`' -r -f -a "table\t'A table for people'
json\t'One JSON document'
tsv\t'Tab-separated values with a header line'"
complete -c sockref -n "__fish_sockref_using_subcommand completions" -l layout -d 'Rows as a table or as records (a block of `field  value` lines per row); auto means a table when it fits the terminal without splitting a word, else records' -r -f -a "auto\t''
table\t''
records\t''"
complete -c sockref -n "__fish_sockref_using_subcommand completions" -l color -d 'When to use colour: auto means on a terminal, with NO_COLOR unset and TERM not dumb' -r -f -a "auto\t''
always\t''
never\t''"
complete -c sockref -n "__fish_sockref_using_subcommand completions" -l timeout -d 'How long to wait for what can block, in seconds (or 500ms, 2m): a friendly verb answers each of its inputs within it, a function mirror each call; each command\'s --help says how it counts' -r -f
complete -c sockref -n "__fish_sockref_using_subcommand completions" -l json -d 'Print one JSON document on stdout (errors as one JSON object on stderr)'
complete -c sockref -n "__fish_sockref_using_subcommand completions" -l ascii -d 'Draw tables with ASCII characters even on a terminal'
complete -c sockref -n "__fish_sockref_using_subcommand completions" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c sockref -n "__fish_sockref_using_subcommand completions" -s V -l version -d 'Print version'
complete -c sockref -n "__fish_sockref_using_subcommand gethostbyname" -l format -d 'Output format; `--json` is short for `--format json`' -r -f -a "table\t'A table for people'
json\t'One JSON document'
tsv\t'Tab-separated values with a header line'"
complete -c sockref -n "__fish_sockref_using_subcommand gethostbyname" -l layout -d 'Rows as a table or as records (a block of `field  value` lines per row); auto means a table when it fits the terminal without splitting a word, else records' -r -f -a "auto\t''
table\t''
records\t''"
complete -c sockref -n "__fish_sockref_using_subcommand gethostbyname" -l color -d 'When to use colour: auto means on a terminal, with NO_COLOR unset and TERM not dumb' -r -f -a "auto\t''
always\t''
never\t''"
complete -c sockref -n "__fish_sockref_using_subcommand gethostbyname" -l timeout -d 'How long to wait for what can block, in seconds (or 500ms, 2m): a friendly verb answers each of its inputs within it, a function mirror each call; each command\'s --help says how it counts' -r -f
complete -c sockref -n "__fish_sockref_using_subcommand gethostbyname" -l json -d 'Print one JSON document on stdout (errors as one JSON object on stderr)'
complete -c sockref -n "__fish_sockref_using_subcommand gethostbyname" -l ascii -d 'Draw tables with ASCII characters even on a terminal'
complete -c sockref -n "__fish_sockref_using_subcommand gethostbyname" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c sockref -n "__fish_sockref_using_subcommand gethostbyname" -s V -l version -d 'Print version'
complete -c sockref -n "__fish_sockref_using_subcommand gethostbyname_ex" -l format -d 'Output format; `--json` is short for `--format json`' -r -f -a "table\t'A table for people'
json\t'One JSON document'
tsv\t'Tab-separated values with a header line'"
complete -c sockref -n "__fish_sockref_using_subcommand gethostbyname_ex" -l layout -d 'Rows as a table or as records (a block of `field  value` lines per row); auto means a table when it fits the terminal without splitting a word, else records' -r -f -a "auto\t''
table\t''
records\t''"
complete -c sockref -n "__fish_sockref_using_subcommand gethostbyname_ex" -l color -d 'When to use colour: auto means on a terminal, with NO_COLOR unset and TERM not dumb' -r -f -a "auto\t''
always\t''
never\t''"
complete -c sockref -n "__fish_sockref_using_subcommand gethostbyname_ex" -l timeout -d 'How long to wait for what can block, in seconds (or 500ms, 2m): a friendly verb answers each of its inputs within it, a function mirror each call; each command\'s --help says how it counts' -r -f
complete -c sockref -n "__fish_sockref_using_subcommand gethostbyname_ex" -l json -d 'Print one JSON document on stdout (errors as one JSON object on stderr)'
complete -c sockref -n "__fish_sockref_using_subcommand gethostbyname_ex" -l ascii -d 'Draw tables with ASCII characters even on a terminal'
complete -c sockref -n "__fish_sockref_using_subcommand gethostbyname_ex" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c sockref -n "__fish_sockref_using_subcommand gethostbyname_ex" -s V -l version -d 'Print version'
complete -c sockref -n "__fish_sockref_using_subcommand gethostbyaddr" -l format -d 'Output format; `--json` is short for `--format json`' -r -f -a "table\t'A table for people'
json\t'One JSON document'
tsv\t'Tab-separated values with a header line'"
complete -c sockref -n "__fish_sockref_using_subcommand gethostbyaddr" -l layout -d 'Rows as a table or as records (a block of `field  value` lines per row); auto means a table when it fits the terminal without splitting a word, else records' -r -f -a "auto\t''
table\t''
records\t''"
complete -c sockref -n "__fish_sockref_using_subcommand gethostbyaddr" -l color -d 'When to use colour: auto means on a terminal, with NO_COLOR unset and TERM not dumb' -r -f -a "auto\t''
always\t''
never\t''"
complete -c sockref -n "__fish_sockref_using_subcommand gethostbyaddr" -l timeout -d 'How long to wait for what can block, in seconds (or 500ms, 2m): a friendly verb answers each of its inputs within it, a function mirror each call; each command\'s --help says how it counts' -r -f
complete -c sockref -n "__fish_sockref_using_subcommand gethostbyaddr" -l json -d 'Print one JSON document on stdout (errors as one JSON object on stderr)'
complete -c sockref -n "__fish_sockref_using_subcommand gethostbyaddr" -l ascii -d 'Draw tables with ASCII characters even on a terminal'
complete -c sockref -n "__fish_sockref_using_subcommand gethostbyaddr" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c sockref -n "__fish_sockref_using_subcommand gethostbyaddr" -s V -l version -d 'Print version'
complete -c sockref -n "__fish_sockref_using_subcommand getaddrinfo" -l family -d 'Address family: AF_INET, inet6, unspec or a number' -r -f
complete -c sockref -n "__fish_sockref_using_subcommand getaddrinfo" -l type -d 'Socket type: SOCK_STREAM, dgram, raw or a number; 0 means any' -r -f
complete -c sockref -n "__fish_sockref_using_subcommand getaddrinfo" -l proto -d 'Protocol: IPPROTO_TCP, udp or a number; 0 means any' -r -f
complete -c sockref -n "__fish_sockref_using_subcommand getaddrinfo" -l flags -d 'Flags: `AI_CANONNAME|AI_PASSIVE`, `canonname,passive` or a number; 0 means none' -r -f
complete -c sockref -n "__fish_sockref_using_subcommand getaddrinfo" -l format -d 'Output format; `--json` is short for `--format json`' -r -f -a "table\t'A table for people'
json\t'One JSON document'
tsv\t'Tab-separated values with a header line'"
complete -c sockref -n "__fish_sockref_using_subcommand getaddrinfo" -l layout -d 'Rows as a table or as records (a block of `field  value` lines per row); auto means a table when it fits the terminal without splitting a word, else records' -r -f -a "auto\t''
table\t''
records\t''"
complete -c sockref -n "__fish_sockref_using_subcommand getaddrinfo" -l color -d 'When to use colour: auto means on a terminal, with NO_COLOR unset and TERM not dumb' -r -f -a "auto\t''
always\t''
never\t''"
complete -c sockref -n "__fish_sockref_using_subcommand getaddrinfo" -l timeout -d 'How long to wait for what can block, in seconds (or 500ms, 2m): a friendly verb answers each of its inputs within it, a function mirror each call; each command\'s --help says how it counts' -r -f
complete -c sockref -n "__fish_sockref_using_subcommand getaddrinfo" -l json -d 'Print one JSON document on stdout (errors as one JSON object on stderr)'
complete -c sockref -n "__fish_sockref_using_subcommand getaddrinfo" -l ascii -d 'Draw tables with ASCII characters even on a terminal'
complete -c sockref -n "__fish_sockref_using_subcommand getaddrinfo" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c sockref -n "__fish_sockref_using_subcommand getaddrinfo" -s V -l version -d 'Print version'
complete -c sockref -n "__fish_sockref_using_subcommand getnameinfo" -l flags -d 'Flags: `NI_NUMERICHOST|NI_NAMEREQD`, `numerichost,namereqd` or a number; 0 means none' -r -f
complete -c sockref -n "__fish_sockref_using_subcommand getnameinfo" -l format -d 'Output format; `--json` is short for `--format json`' -r -f -a "table\t'A table for people'
json\t'One JSON document'
tsv\t'Tab-separated values with a header line'"
complete -c sockref -n "__fish_sockref_using_subcommand getnameinfo" -l layout -d 'Rows as a table or as records (a block of `field  value` lines per row); auto means a table when it fits the terminal without splitting a word, else records' -r -f -a "auto\t''
table\t''
records\t''"
complete -c sockref -n "__fish_sockref_using_subcommand getnameinfo" -l color -d 'When to use colour: auto means on a terminal, with NO_COLOR unset and TERM not dumb' -r -f -a "auto\t''
always\t''
never\t''"
complete -c sockref -n "__fish_sockref_using_subcommand getnameinfo" -l timeout -d 'How long to wait for what can block, in seconds (or 500ms, 2m): a friendly verb answers each of its inputs within it, a function mirror each call; each command\'s --help says how it counts' -r -f
complete -c sockref -n "__fish_sockref_using_subcommand getnameinfo" -l json -d 'Print one JSON document on stdout (errors as one JSON object on stderr)'
complete -c sockref -n "__fish_sockref_using_subcommand getnameinfo" -l ascii -d 'Draw tables with ASCII characters even on a terminal'
complete -c sockref -n "__fish_sockref_using_subcommand getnameinfo" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c sockref -n "__fish_sockref_using_subcommand getnameinfo" -s V -l version -d 'Print version'
complete -c sockref -n "__fish_sockref_using_subcommand gethostname" -l format -d 'Output format; `--json` is short for `--format json`' -r -f -a "table\t'A table for people'
json\t'One JSON document'
tsv\t'Tab-separated values with a header line'"
complete -c sockref -n "__fish_sockref_using_subcommand gethostname" -l layout -d 'Rows as a table or as records (a block of `field  value` lines per row); auto means a table when it fits the terminal without splitting a word, else records' -r -f -a "auto\t''
table\t''
records\t''"
complete -c sockref -n "__fish_sockref_using_subcommand gethostname" -l color -d 'When to use colour: auto means on a terminal, with NO_COLOR unset and TERM not dumb' -r -f -a "auto\t''
always\t''
never\t''"
complete -c sockref -n "__fish_sockref_using_subcommand gethostname" -l timeout -d 'How long to wait for what can block, in seconds (or 500ms, 2m): a friendly verb answers each of its inputs within it, a function mirror each call; each command\'s --help says how it counts' -r -f
complete -c sockref -n "__fish_sockref_using_subcommand gethostname" -l json -d 'Print one JSON document on stdout (errors as one JSON object on stderr)'
complete -c sockref -n "__fish_sockref_using_subcommand gethostname" -l ascii -d 'Draw tables with ASCII characters even on a terminal'
complete -c sockref -n "__fish_sockref_using_subcommand gethostname" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c sockref -n "__fish_sockref_using_subcommand gethostname" -s V -l version -d 'Print version'
complete -c sockref -n "__fish_sockref_using_subcommand getfqdn" -l format -d 'Output format; `--json` is short for `--format json`' -r -f -a "table\t'A table for people'
json\t'One JSON document'
tsv\t'Tab-separated values with a header line'"
complete -c sockref -n "__fish_sockref_using_subcommand getfqdn" -l layout -d 'Rows as a table or as records (a block of `field  value` lines per row); auto means a table when it fits the terminal without splitting a word, else records' -r -f -a "auto\t''
table\t''
records\t''"
complete -c sockref -n "__fish_sockref_using_subcommand getfqdn" -l color -d 'When to use colour: auto means on a terminal, with NO_COLOR unset and TERM not dumb' -r -f -a "auto\t''
always\t''
never\t''"
complete -c sockref -n "__fish_sockref_using_subcommand getfqdn" -l timeout -d 'How long to wait for what can block, in seconds (or 500ms, 2m): a friendly verb answers each of its inputs within it, a function mirror each call; each command\'s --help says how it counts' -r -f
complete -c sockref -n "__fish_sockref_using_subcommand getfqdn" -l json -d 'Print one JSON document on stdout (errors as one JSON object on stderr)'
complete -c sockref -n "__fish_sockref_using_subcommand getfqdn" -l ascii -d 'Draw tables with ASCII characters even on a terminal'
complete -c sockref -n "__fish_sockref_using_subcommand getfqdn" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c sockref -n "__fish_sockref_using_subcommand getfqdn" -s V -l version -d 'Print version'
complete -c sockref -n "__fish_sockref_using_subcommand getservbyname" -l format -d 'Output format; `--json` is short for `--format json`' -r -f -a "table\t'A table for people'
json\t'One JSON document'
tsv\t'Tab-separated values with a header line'"
complete -c sockref -n "__fish_sockref_using_subcommand getservbyname" -l layout -d 'Rows as a table or as records (a block of `field  value` lines per row); auto means a table when it fits the terminal without splitting a word, else records' -r -f -a "auto\t''
table\t''
records\t''"
complete -c sockref -n "__fish_sockref_using_subcommand getservbyname" -l color -d 'When to use colour: auto means on a terminal, with NO_COLOR unset and TERM not dumb' -r -f -a "auto\t''
always\t''
never\t''"
complete -c sockref -n "__fish_sockref_using_subcommand getservbyname" -l timeout -d 'How long to wait for what can block, in seconds (or 500ms, 2m): a friendly verb answers each of its inputs within it, a function mirror each call; each command\'s --help says how it counts' -r -f
complete -c sockref -n "__fish_sockref_using_subcommand getservbyname" -l json -d 'Print one JSON document on stdout (errors as one JSON object on stderr)'
complete -c sockref -n "__fish_sockref_using_subcommand getservbyname" -l ascii -d 'Draw tables with ASCII characters even on a terminal'
complete -c sockref -n "__fish_sockref_using_subcommand getservbyname" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c sockref -n "__fish_sockref_using_subcommand getservbyname" -s V -l version -d 'Print version'
complete -c sockref -n "__fish_sockref_using_subcommand getservbyport" -l format -d 'Output format; `--json` is short for `--format json`' -r -f -a "table\t'A table for people'
json\t'One JSON document'
tsv\t'Tab-separated values with a header line'"
complete -c sockref -n "__fish_sockref_using_subcommand getservbyport" -l layout -d 'Rows as a table or as records (a block of `field  value` lines per row); auto means a table when it fits the terminal without splitting a word, else records' -r -f -a "auto\t''
table\t''
records\t''"
complete -c sockref -n "__fish_sockref_using_subcommand getservbyport" -l color -d 'When to use colour: auto means on a terminal, with NO_COLOR unset and TERM not dumb' -r -f -a "auto\t''
always\t''
never\t''"
complete -c sockref -n "__fish_sockref_using_subcommand getservbyport" -l timeout -d 'How long to wait for what can block, in seconds (or 500ms, 2m): a friendly verb answers each of its inputs within it, a function mirror each call; each command\'s --help says how it counts' -r -f
complete -c sockref -n "__fish_sockref_using_subcommand getservbyport" -l json -d 'Print one JSON document on stdout (errors as one JSON object on stderr)'
complete -c sockref -n "__fish_sockref_using_subcommand getservbyport" -l ascii -d 'Draw tables with ASCII characters even on a terminal'
complete -c sockref -n "__fish_sockref_using_subcommand getservbyport" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c sockref -n "__fish_sockref_using_subcommand getservbyport" -s V -l version -d 'Print version'
complete -c sockref -n "__fish_sockref_using_subcommand getprotobyname" -l format -d 'Output format; `--json` is short for `--format json`' -r -f -a "table\t'A table for people'
json\t'One JSON document'
tsv\t'Tab-separated values with a header line'"
complete -c sockref -n "__fish_sockref_using_subcommand getprotobyname" -l layout -d 'Rows as a table or as records (a block of `field  value` lines per row); auto means a table when it fits the terminal without splitting a word, else records' -r -f -a "auto\t''
table\t''
records\t''"
complete -c sockref -n "__fish_sockref_using_subcommand getprotobyname" -l color -d 'When to use colour: auto means on a terminal, with NO_COLOR unset and TERM not dumb' -r -f -a "auto\t''
always\t''
never\t''"
complete -c sockref -n "__fish_sockref_using_subcommand getprotobyname" -l timeout -d 'How long to wait for what can block, in seconds (or 500ms, 2m): a friendly verb answers each of its inputs within it, a function mirror each call; each command\'s --help says how it counts' -r -f
complete -c sockref -n "__fish_sockref_using_subcommand getprotobyname" -l json -d 'Print one JSON document on stdout (errors as one JSON object on stderr)'
complete -c sockref -n "__fish_sockref_using_subcommand getprotobyname" -l ascii -d 'Draw tables with ASCII characters even on a terminal'
complete -c sockref -n "__fish_sockref_using_subcommand getprotobyname" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c sockref -n "__fish_sockref_using_subcommand getprotobyname" -s V -l version -d 'Print version'
complete -c sockref -n "__fish_sockref_using_subcommand htons" -l format -d 'Output format; `--json` is short for `--format json`' -r -f -a "table\t'A table for people'
json\t'One JSON document'
tsv\t'Tab-separated values with a header line'"
complete -c sockref -n "__fish_sockref_using_subcommand htons" -l layout -d 'Rows as a table or as records (a block of `field  value` lines per row); auto means a table when it fits the terminal without splitting a word, else records' -r -f -a "auto\t''
table\t''
records\t''"
complete -c sockref -n "__fish_sockref_using_subcommand htons" -l color -d 'When to use colour: auto means on a terminal, with NO_COLOR unset and TERM not dumb' -r -f -a "auto\t''
always\t''
never\t''"
complete -c sockref -n "__fish_sockref_using_subcommand htons" -l timeout -d 'How long to wait for what can block, in seconds (or 500ms, 2m): a friendly verb answers each of its inputs within it, a function mirror each call; each command\'s --help says how it counts' -r -f
complete -c sockref -n "__fish_sockref_using_subcommand htons" -l json -d 'Print one JSON document on stdout (errors as one JSON object on stderr)'
complete -c sockref -n "__fish_sockref_using_subcommand htons" -l ascii -d 'Draw tables with ASCII characters even on a terminal'
complete -c sockref -n "__fish_sockref_using_subcommand htons" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c sockref -n "__fish_sockref_using_subcommand htons" -s V -l version -d 'Print version'
complete -c sockref -n "__fish_sockref_using_subcommand htonl" -l format -d 'Output format; `--json` is short for `--format json`' -r -f -a "table\t'A table for people'
json\t'One JSON document'
tsv\t'Tab-separated values with a header line'"
complete -c sockref -n "__fish_sockref_using_subcommand htonl" -l layout -d 'Rows as a table or as records (a block of `field  value` lines per row); auto means a table when it fits the terminal without splitting a word, else records' -r -f -a "auto\t''
table\t''
records\t''"
complete -c sockref -n "__fish_sockref_using_subcommand htonl" -l color -d 'When to use colour: auto means on a terminal, with NO_COLOR unset and TERM not dumb' -r -f -a "auto\t''
always\t''
never\t''"
complete -c sockref -n "__fish_sockref_using_subcommand htonl" -l timeout -d 'How long to wait for what can block, in seconds (or 500ms, 2m): a friendly verb answers each of its inputs within it, a function mirror each call; each command\'s --help says how it counts' -r -f
complete -c sockref -n "__fish_sockref_using_subcommand htonl" -l json -d 'Print one JSON document on stdout (errors as one JSON object on stderr)'
complete -c sockref -n "__fish_sockref_using_subcommand htonl" -l ascii -d 'Draw tables with ASCII characters even on a terminal'
complete -c sockref -n "__fish_sockref_using_subcommand htonl" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c sockref -n "__fish_sockref_using_subcommand htonl" -s V -l version -d 'Print version'
complete -c sockref -n "__fish_sockref_using_subcommand ntohs" -l format -d 'Output format; `--json` is short for `--format json`' -r -f -a "table\t'A table for people'
json\t'One JSON document'
tsv\t'Tab-separated values with a header line'"
complete -c sockref -n "__fish_sockref_using_subcommand ntohs" -l layout -d 'Rows as a table or as records (a block of `field  value` lines per row); auto means a table when it fits the terminal without splitting a word, else records' -r -f -a "auto\t''
table\t''
records\t''"
complete -c sockref -n "__fish_sockref_using_subcommand ntohs" -l color -d 'When to use colour: auto means on a terminal, with NO_COLOR unset and TERM not dumb' -r -f -a "auto\t''
always\t''
never\t''"
complete -c sockref -n "__fish_sockref_using_subcommand ntohs" -l timeout -d 'How long to wait for what can block, in seconds (or 500ms, 2m): a friendly verb answers each of its inputs within it, a function mirror each call; each command\'s --help says how it counts' -r -f
complete -c sockref -n "__fish_sockref_using_subcommand ntohs" -l json -d 'Print one JSON document on stdout (errors as one JSON object on stderr)'
complete -c sockref -n "__fish_sockref_using_subcommand ntohs" -l ascii -d 'Draw tables with ASCII characters even on a terminal'
complete -c sockref -n "__fish_sockref_using_subcommand ntohs" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c sockref -n "__fish_sockref_using_subcommand ntohs" -s V -l version -d 'Print version'
complete -c sockref -n "__fish_sockref_using_subcommand ntohl" -l format -d 'Output format; `--json` is short for `--format json`' -r -f -a "table\t'A table for people'
json\t'One JSON document'
tsv\t'Tab-separated values with a header line'"
complete -c sockref -n "__fish_sockref_using_subcommand ntohl" -l layout -d 'Rows as a table or as records (a block of `field  value` lines per row); auto means a table when it fits the terminal without splitting a word, else records' -r -f -a "auto\t''
table\t''
records\t''"
complete -c sockref -n "__fish_sockref_using_subcommand ntohl" -l color -d 'When to use colour: auto means on a terminal, with NO_COLOR unset and TERM not dumb' -r -f -a "auto\t''
always\t''
never\t''"
complete -c sockref -n "__fish_sockref_using_subcommand ntohl" -l timeout -d 'How long to wait for what can block, in seconds (or 500ms, 2m): a friendly verb answers each of its inputs within it, a function mirror each call; each command\'s --help says how it counts' -r -f
complete -c sockref -n "__fish_sockref_using_subcommand ntohl" -l json -d 'Print one JSON document on stdout (errors as one JSON object on stderr)'
complete -c sockref -n "__fish_sockref_using_subcommand ntohl" -l ascii -d 'Draw tables with ASCII characters even on a terminal'
complete -c sockref -n "__fish_sockref_using_subcommand ntohl" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c sockref -n "__fish_sockref_using_subcommand ntohl" -s V -l version -d 'Print version'
complete -c sockref -n "__fish_sockref_using_subcommand inet_pton" -l format -d 'Output format; `--json` is short for `--format json`' -r -f -a "table\t'A table for people'
json\t'One JSON document'
tsv\t'Tab-separated values with a header line'"
complete -c sockref -n "__fish_sockref_using_subcommand inet_pton" -l layout -d 'Rows as a table or as records (a block of `field  value` lines per row); auto means a table when it fits the terminal without splitting a word, else records' -r -f -a "auto\t''
table\t''
records\t''"
complete -c sockref -n "__fish_sockref_using_subcommand inet_pton" -l color -d 'When to use colour: auto means on a terminal, with NO_COLOR unset and TERM not dumb' -r -f -a "auto\t''
always\t''
never\t''"
complete -c sockref -n "__fish_sockref_using_subcommand inet_pton" -l timeout -d 'How long to wait for what can block, in seconds (or 500ms, 2m): a friendly verb answers each of its inputs within it, a function mirror each call; each command\'s --help says how it counts' -r -f
complete -c sockref -n "__fish_sockref_using_subcommand inet_pton" -l json -d 'Print one JSON document on stdout (errors as one JSON object on stderr)'
complete -c sockref -n "__fish_sockref_using_subcommand inet_pton" -l ascii -d 'Draw tables with ASCII characters even on a terminal'
complete -c sockref -n "__fish_sockref_using_subcommand inet_pton" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c sockref -n "__fish_sockref_using_subcommand inet_pton" -s V -l version -d 'Print version'
complete -c sockref -n "__fish_sockref_using_subcommand inet_ntop" -l format -d 'Output format; `--json` is short for `--format json`' -r -f -a "table\t'A table for people'
json\t'One JSON document'
tsv\t'Tab-separated values with a header line'"
complete -c sockref -n "__fish_sockref_using_subcommand inet_ntop" -l layout -d 'Rows as a table or as records (a block of `field  value` lines per row); auto means a table when it fits the terminal without splitting a word, else records' -r -f -a "auto\t''
table\t''
records\t''"
complete -c sockref -n "__fish_sockref_using_subcommand inet_ntop" -l color -d 'When to use colour: auto means on a terminal, with NO_COLOR unset and TERM not dumb' -r -f -a "auto\t''
always\t''
never\t''"
complete -c sockref -n "__fish_sockref_using_subcommand inet_ntop" -l timeout -d 'How long to wait for what can block, in seconds (or 500ms, 2m): a friendly verb answers each of its inputs within it, a function mirror each call; each command\'s --help says how it counts' -r -f
complete -c sockref -n "__fish_sockref_using_subcommand inet_ntop" -l json -d 'Print one JSON document on stdout (errors as one JSON object on stderr)'
complete -c sockref -n "__fish_sockref_using_subcommand inet_ntop" -l ascii -d 'Draw tables with ASCII characters even on a terminal'
complete -c sockref -n "__fish_sockref_using_subcommand inet_ntop" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c sockref -n "__fish_sockref_using_subcommand inet_ntop" -s V -l version -d 'Print version'
complete -c sockref -n "__fish_sockref_using_subcommand inet_aton" -l format -d 'Output format; `--json` is short for `--format json`' -r -f -a "table\t'A table for people'
json\t'One JSON document'
tsv\t'Tab-separated values with a header line'"
complete -c sockref -n "__fish_sockref_using_subcommand inet_aton" -l layout -d 'Rows as a table or as records (a block of `field  value` lines per row); auto means a table when it fits the terminal without splitting a word, else records' -r -f -a "auto\t''
table\t''
records\t''"
complete -c sockref -n "__fish_sockref_using_subcommand inet_aton" -l color -d 'When to use colour: auto means on a terminal, with NO_COLOR unset and TERM not dumb' -r -f -a "auto\t''
always\t''
never\t''"
complete -c sockref -n "__fish_sockref_using_subcommand inet_aton" -l timeout -d 'How long to wait for what can block, in seconds (or 500ms, 2m): a friendly verb answers each of its inputs within it, a function mirror each call; each command\'s --help says how it counts' -r -f
complete -c sockref -n "__fish_sockref_using_subcommand inet_aton" -l json -d 'Print one JSON document on stdout (errors as one JSON object on stderr)'
complete -c sockref -n "__fish_sockref_using_subcommand inet_aton" -l ascii -d 'Draw tables with ASCII characters even on a terminal'
complete -c sockref -n "__fish_sockref_using_subcommand inet_aton" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c sockref -n "__fish_sockref_using_subcommand inet_aton" -s V -l version -d 'Print version'
complete -c sockref -n "__fish_sockref_using_subcommand inet_ntoa" -l format -d 'Output format; `--json` is short for `--format json`' -r -f -a "table\t'A table for people'
json\t'One JSON document'
tsv\t'Tab-separated values with a header line'"
complete -c sockref -n "__fish_sockref_using_subcommand inet_ntoa" -l layout -d 'Rows as a table or as records (a block of `field  value` lines per row); auto means a table when it fits the terminal without splitting a word, else records' -r -f -a "auto\t''
table\t''
records\t''"
complete -c sockref -n "__fish_sockref_using_subcommand inet_ntoa" -l color -d 'When to use colour: auto means on a terminal, with NO_COLOR unset and TERM not dumb' -r -f -a "auto\t''
always\t''
never\t''"
complete -c sockref -n "__fish_sockref_using_subcommand inet_ntoa" -l timeout -d 'How long to wait for what can block, in seconds (or 500ms, 2m): a friendly verb answers each of its inputs within it, a function mirror each call; each command\'s --help says how it counts' -r -f
complete -c sockref -n "__fish_sockref_using_subcommand inet_ntoa" -l json -d 'Print one JSON document on stdout (errors as one JSON object on stderr)'
complete -c sockref -n "__fish_sockref_using_subcommand inet_ntoa" -l ascii -d 'Draw tables with ASCII characters even on a terminal'
complete -c sockref -n "__fish_sockref_using_subcommand inet_ntoa" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c sockref -n "__fish_sockref_using_subcommand inet_ntoa" -s V -l version -d 'Print version'
complete -c sockref -n "__fish_sockref_using_subcommand getsockopt" -l buflen -d 'Read into a buffer of this many bytes (1-1024) and return them as hex, as getsockopt(level, optname, buflen) does' -r -f
complete -c sockref -n "__fish_sockref_using_subcommand getsockopt" -l proto -d 'The protocol argument of socket(): IPPROTO_*, a name or a number' -r -f
complete -c sockref -n "__fish_sockref_using_subcommand getsockopt" -l format -d 'Output format; `--json` is short for `--format json`' -r -f -a "table\t'A table for people'
json\t'One JSON document'
tsv\t'Tab-separated values with a header line'"
complete -c sockref -n "__fish_sockref_using_subcommand getsockopt" -l layout -d 'Rows as a table or as records (a block of `field  value` lines per row); auto means a table when it fits the terminal without splitting a word, else records' -r -f -a "auto\t''
table\t''
records\t''"
complete -c sockref -n "__fish_sockref_using_subcommand getsockopt" -l color -d 'When to use colour: auto means on a terminal, with NO_COLOR unset and TERM not dumb' -r -f -a "auto\t''
always\t''
never\t''"
complete -c sockref -n "__fish_sockref_using_subcommand getsockopt" -l timeout -d 'How long to wait for what can block, in seconds (or 500ms, 2m): a friendly verb answers each of its inputs within it, a function mirror each call; each command\'s --help says how it counts' -r -f
complete -c sockref -n "__fish_sockref_using_subcommand getsockopt" -l json -d 'Print one JSON document on stdout (errors as one JSON object on stderr)'
complete -c sockref -n "__fish_sockref_using_subcommand getsockopt" -l ascii -d 'Draw tables with ASCII characters even on a terminal'
complete -c sockref -n "__fish_sockref_using_subcommand getsockopt" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c sockref -n "__fish_sockref_using_subcommand getsockopt" -s V -l version -d 'Print version'
complete -c sockref -n "__fish_sockref_using_subcommand setsockopt" -l buflen -d 'Read the value back into a buffer of this many bytes, returned as hex' -r -f
complete -c sockref -n "__fish_sockref_using_subcommand setsockopt" -l proto -d 'The protocol argument of socket(): IPPROTO_*, a name or a number' -r -f
complete -c sockref -n "__fish_sockref_using_subcommand setsockopt" -l format -d 'Output format; `--json` is short for `--format json`' -r -f -a "table\t'A table for people'
json\t'One JSON document'
tsv\t'Tab-separated values with a header line'"
complete -c sockref -n "__fish_sockref_using_subcommand setsockopt" -l layout -d 'Rows as a table or as records (a block of `field  value` lines per row); auto means a table when it fits the terminal without splitting a word, else records' -r -f -a "auto\t''
table\t''
records\t''"
complete -c sockref -n "__fish_sockref_using_subcommand setsockopt" -l color -d 'When to use colour: auto means on a terminal, with NO_COLOR unset and TERM not dumb' -r -f -a "auto\t''
always\t''
never\t''"
complete -c sockref -n "__fish_sockref_using_subcommand setsockopt" -l timeout -d 'How long to wait for what can block, in seconds (or 500ms, 2m): a friendly verb answers each of its inputs within it, a function mirror each call; each command\'s --help says how it counts' -r -f
complete -c sockref -n "__fish_sockref_using_subcommand setsockopt" -l bytes -d 'VALUE is bytes in hex (a struct or a string), as setsockopt(level, optname, bytes)'
complete -c sockref -n "__fish_sockref_using_subcommand setsockopt" -l json -d 'Print one JSON document on stdout (errors as one JSON object on stderr)'
complete -c sockref -n "__fish_sockref_using_subcommand setsockopt" -l ascii -d 'Draw tables with ASCII characters even on a terminal'
complete -c sockref -n "__fish_sockref_using_subcommand setsockopt" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c sockref -n "__fish_sockref_using_subcommand setsockopt" -s V -l version -d 'Print version'
complete -c sockref -n "__fish_sockref_using_subcommand create_connection" -l source -d 'source_address as ADDR[:PORT]: `127.0.0.1`, `[::1]:5000`' -r -f
complete -c sockref -n "__fish_sockref_using_subcommand create_connection" -l format -d 'Output format; `--json` is short for `--format json`' -r -f -a "table\t'A table for people'
json\t'One JSON document'
tsv\t'Tab-separated values with a header line'"
complete -c sockref -n "__fish_sockref_using_subcommand create_connection" -l layout -d 'Rows as a table or as records (a block of `field  value` lines per row); auto means a table when it fits the terminal without splitting a word, else records' -r -f -a "auto\t''
table\t''
records\t''"
complete -c sockref -n "__fish_sockref_using_subcommand create_connection" -l color -d 'When to use colour: auto means on a terminal, with NO_COLOR unset and TERM not dumb' -r -f -a "auto\t''
always\t''
never\t''"
complete -c sockref -n "__fish_sockref_using_subcommand create_connection" -l timeout -d 'How long to wait for what can block, in seconds (or 500ms, 2m): a friendly verb answers each of its inputs within it, a function mirror each call; each command\'s --help says how it counts' -r -f
complete -c sockref -n "__fish_sockref_using_subcommand create_connection" -l json -d 'Print one JSON document on stdout (errors as one JSON object on stderr)'
complete -c sockref -n "__fish_sockref_using_subcommand create_connection" -l ascii -d 'Draw tables with ASCII characters even on a terminal'
complete -c sockref -n "__fish_sockref_using_subcommand create_connection" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c sockref -n "__fish_sockref_using_subcommand create_connection" -s V -l version -d 'Print version'
complete -c sockref -n "__fish_sockref_using_subcommand help; and not __fish_seen_subcommand_from resolve reverse hostname service proto byteorder inet const errno sockopt keepalive connect backlog echo completions gethostbyname gethostbyname_ex gethostbyaddr getaddrinfo getnameinfo gethostname getfqdn getservbyname getservbyport getprotobyname htons htonl ntohs ntohl inet_pton inet_ntop inet_aton inet_ntoa getsockopt setsockopt create_connection help" -f -a "resolve" -d 'Resolve host names with the system resolver (getaddrinfo): addresses, families, socket types, canonical name and aliases; many names at once, in input order'
complete -c sockref -n "__fish_sockref_using_subcommand help; and not __fish_seen_subcommand_from resolve reverse hostname service proto byteorder inet const errno sockopt keepalive connect backlog echo completions gethostbyname gethostbyname_ex gethostbyaddr getaddrinfo getnameinfo gethostname getfqdn getservbyname getservbyport getprotobyname htons htonl ntohs ntohl inet_pton inet_ntop inet_aton inet_ntoa getsockopt setsockopt create_connection help" -f -a "reverse" -d 'Reverse-resolve addresses: gethostbyaddr and getnameinfo side by side'
complete -c sockref -n "__fish_sockref_using_subcommand help; and not __fish_seen_subcommand_from resolve reverse hostname service proto byteorder inet const errno sockopt keepalive connect backlog echo completions gethostbyname gethostbyname_ex gethostbyaddr getaddrinfo getnameinfo gethostname getfqdn getservbyname getservbyport getprotobyname htons htonl ntohs ntohl inet_pton inet_ntop inet_aton inet_ntoa getsockopt setsockopt create_connection help" -f -a "hostname" -d 'This host\'s name: gethostname and getfqdn'
complete -c sockref -n "__fish_sockref_using_subcommand help; and not __fish_seen_subcommand_from resolve reverse hostname service proto byteorder inet const errno sockopt keepalive connect backlog echo completions gethostbyname gethostbyname_ex gethostbyaddr getaddrinfo getnameinfo gethostname getfqdn getservbyname getservbyport getprotobyname htons htonl ntohs ntohl inet_pton inet_ntop inet_aton inet_ntoa getsockopt setsockopt create_connection help" -f -a "service" -d 'Look up services(5) by name or port: every matching row with its aliases'
complete -c sockref -n "__fish_sockref_using_subcommand help; and not __fish_seen_subcommand_from resolve reverse hostname service proto byteorder inet const errno sockopt keepalive connect backlog echo completions gethostbyname gethostbyname_ex gethostbyaddr getaddrinfo getnameinfo gethostname getfqdn getservbyname getservbyport getprotobyname htons htonl ntohs ntohl inet_pton inet_ntop inet_aton inet_ntoa getsockopt setsockopt create_connection help" -f -a "proto" -d 'Look up protocols(5) by name or number'
complete -c sockref -n "__fish_sockref_using_subcommand help; and not __fish_seen_subcommand_from resolve reverse hostname service proto byteorder inet const errno sockopt keepalive connect backlog echo completions gethostbyname gethostbyname_ex gethostbyaddr getaddrinfo getnameinfo gethostname getfqdn getservbyname getservbyport getprotobyname htons htonl ntohs ntohl inet_pton inet_ntop inet_aton inet_ntoa getsockopt setsockopt create_connection help" -f -a "byteorder" -d 'Host endianness and htons/htonl/ntohs/ntohl (and 64-bit) of a number'
complete -c sockref -n "__fish_sockref_using_subcommand help; and not __fish_seen_subcommand_from resolve reverse hostname service proto byteorder inet const errno sockopt keepalive connect backlog echo completions gethostbyname gethostbyname_ex gethostbyaddr getaddrinfo getnameinfo gethostname getfqdn getservbyname getservbyport getprotobyname htons htonl ntohs ntohl inet_pton inet_ntop inet_aton inet_ntoa getsockopt setsockopt create_connection help" -f -a "inet" -d 'What inet_pton, inet_aton, inet_ntop and inet_ntoa make of an address; its integer, canonical form and class'
complete -c sockref -n "__fish_sockref_using_subcommand help; and not __fish_seen_subcommand_from resolve reverse hostname service proto byteorder inet const errno sockopt keepalive connect backlog echo completions gethostbyname gethostbyname_ex gethostbyaddr getaddrinfo getnameinfo gethostname getfqdn getservbyname getservbyport getprotobyname htons htonl ntohs ntohl inet_pton inet_ntop inet_aton inet_ntoa getsockopt setsockopt create_connection help" -f -a "const" -d 'Socket constants (AF_*, SO_*, TCP_*, ...) and their values on this platform, by name, prefix, glob (`SO_*BUF`) or value (`--value 10 --prefix AF`)'
complete -c sockref -n "__fish_sockref_using_subcommand help; and not __fish_seen_subcommand_from resolve reverse hostname service proto byteorder inet const errno sockopt keepalive connect backlog echo completions gethostbyname gethostbyname_ex gethostbyaddr getaddrinfo getnameinfo gethostname getfqdn getservbyname getservbyport getprotobyname htons htonl ntohs ntohl inet_pton inet_ntop inet_aton inet_ntoa getsockopt setsockopt create_connection help" -f -a "errno" -d 'errno values, EAI_* (getaddrinfo) and h_errno codes by name or number: the platform\'s message, the socket calls that return each and its usual cause'
complete -c sockref -n "__fish_sockref_using_subcommand help; and not __fish_seen_subcommand_from resolve reverse hostname service proto byteorder inet const errno sockopt keepalive connect backlog echo completions gethostbyname gethostbyname_ex gethostbyaddr getaddrinfo getnameinfo gethostname getfqdn getservbyname getservbyport getprotobyname htons htonl ntohs ntohl inet_pton inet_ntop inet_aton inet_ntoa getsockopt setsockopt create_connection help" -f -a "sockopt" -d 'Every option of a fresh socket, grouped by level, in natural units; `--set` shows what the kernel keeps, `--connected` reads both ends of a live loopback pair'
complete -c sockref -n "__fish_sockref_using_subcommand help; and not __fish_seen_subcommand_from resolve reverse hostname service proto byteorder inet const errno sockopt keepalive connect backlog echo completions gethostbyname gethostbyname_ex gethostbyaddr getaddrinfo getnameinfo gethostname getfqdn getservbyname getservbyport getprotobyname htons htonl ntohs ntohl inet_pton inet_ntop inet_aton inet_ntoa getsockopt setsockopt create_connection help" -f -a "keepalive" -d 'TCP keepalive: the system defaults, a fresh socket\'s settings, and how long each takes to notice a dead peer; `--demo` runs an application heartbeat over loopback'
complete -c sockref -n "__fish_sockref_using_subcommand help; and not __fish_seen_subcommand_from resolve reverse hostname service proto byteorder inet const errno sockopt keepalive connect backlog echo completions gethostbyname gethostbyname_ex gethostbyaddr getaddrinfo getnameinfo gethostname getfqdn getservbyname getservbyport getprotobyname htons htonl ntohs ntohl inet_pton inet_ntop inet_aton inet_ntoa getsockopt setsockopt create_connection help" -f -a "connect" -d 'create_connection step by step: every getaddrinfo candidate tried in order, its outcome and time, and the local and peer address of the connection made'
complete -c sockref -n "__fish_sockref_using_subcommand help; and not __fish_seen_subcommand_from resolve reverse hostname service proto byteorder inet const errno sockopt keepalive connect backlog echo completions gethostbyname gethostbyname_ex gethostbyaddr getaddrinfo getnameinfo gethostname getfqdn getservbyname getservbyport getprotobyname htons htonl ntohs ntohl inet_pton inet_ntop inet_aton inet_ntoa getsockopt setsockopt create_connection help" -f -a "backlog" -d 'How many connections complete before accept() with listen(N): fills the accept queue of a loopback listener and shows what the kernel does with the rest'
complete -c sockref -n "__fish_sockref_using_subcommand help; and not __fish_seen_subcommand_from resolve reverse hostname service proto byteorder inet const errno sockopt keepalive connect backlog echo completions gethostbyname gethostbyname_ex gethostbyaddr getaddrinfo getnameinfo gethostname getfqdn getservbyname getservbyport getprotobyname htons htonl ntohs ntohl inet_pton inet_ntop inet_aton inet_ntoa getsockopt setsockopt create_connection help" -f -a "echo" -d 'A loopback echo server and client in this process over each transport (TCP, UDP, unix, socketpair, abstract): every byte sent must come back unchanged; RTT percentiles and throughput per transport, `--trace` for every socket call'
complete -c sockref -n "__fish_sockref_using_subcommand help; and not __fish_seen_subcommand_from resolve reverse hostname service proto byteorder inet const errno sockopt keepalive connect backlog echo completions gethostbyname gethostbyname_ex gethostbyaddr getaddrinfo getnameinfo gethostname getfqdn getservbyname getservbyport getprotobyname htons htonl ntohs ntohl inet_pton inet_ntop inet_aton inet_ntoa getsockopt setsockopt create_connection help" -f -a "completions" -d 'Write a shell completion script to stdout'
complete -c sockref -n "__fish_sockref_using_subcommand help; and not __fish_seen_subcommand_from resolve reverse hostname service proto byteorder inet const errno sockopt keepalive connect backlog echo completions gethostbyname gethostbyname_ex gethostbyaddr getaddrinfo getnameinfo gethostname getfqdn getservbyname getservbyport getprotobyname htons htonl ntohs ntohl inet_pton inet_ntop inet_aton inet_ntoa getsockopt setsockopt create_connection help" -f -a "gethostbyname" -d 'socket.gethostbyname(hostname): the first IPv4 address of a name'
complete -c sockref -n "__fish_sockref_using_subcommand help; and not __fish_seen_subcommand_from resolve reverse hostname service proto byteorder inet const errno sockopt keepalive connect backlog echo completions gethostbyname gethostbyname_ex gethostbyaddr getaddrinfo getnameinfo gethostname getfqdn getservbyname getservbyport getprotobyname htons htonl ntohs ntohl inet_pton inet_ntop inet_aton inet_ntoa getsockopt setsockopt create_connection help" -f -a "gethostbyname_ex" -d 'socket.gethostbyname_ex(hostname): (hostname, aliaslist, ipaddrlist)'
complete -c sockref -n "__fish_sockref_using_subcommand help; and not __fish_seen_subcommand_from resolve reverse hostname service proto byteorder inet const errno sockopt keepalive connect backlog echo completions gethostbyname gethostbyname_ex gethostbyaddr getaddrinfo getnameinfo gethostname getfqdn getservbyname getservbyport getprotobyname htons htonl ntohs ntohl inet_pton inet_ntop inet_aton inet_ntoa getsockopt setsockopt create_connection help" -f -a "gethostbyaddr" -d 'socket.gethostbyaddr(ip_address): (hostname, aliaslist, ipaddrlist)'
complete -c sockref -n "__fish_sockref_using_subcommand help; and not __fish_seen_subcommand_from resolve reverse hostname service proto byteorder inet const errno sockopt keepalive connect backlog echo completions gethostbyname gethostbyname_ex gethostbyaddr getaddrinfo getnameinfo gethostname getfqdn getservbyname getservbyport getprotobyname htons htonl ntohs ntohl inet_pton inet_ntop inet_aton inet_ntoa getsockopt setsockopt create_connection help" -f -a "getaddrinfo" -d 'socket.getaddrinfo(host, port, family, type, proto, flags): every row, in order'
complete -c sockref -n "__fish_sockref_using_subcommand help; and not __fish_seen_subcommand_from resolve reverse hostname service proto byteorder inet const errno sockopt keepalive connect backlog echo completions gethostbyname gethostbyname_ex gethostbyaddr getaddrinfo getnameinfo gethostname getfqdn getservbyname getservbyport getprotobyname htons htonl ntohs ntohl inet_pton inet_ntop inet_aton inet_ntoa getsockopt setsockopt create_connection help" -f -a "getnameinfo" -d 'socket.getnameinfo((host, port), flags): (host, port)'
complete -c sockref -n "__fish_sockref_using_subcommand help; and not __fish_seen_subcommand_from resolve reverse hostname service proto byteorder inet const errno sockopt keepalive connect backlog echo completions gethostbyname gethostbyname_ex gethostbyaddr getaddrinfo getnameinfo gethostname getfqdn getservbyname getservbyport getprotobyname htons htonl ntohs ntohl inet_pton inet_ntop inet_aton inet_ntoa getsockopt setsockopt create_connection help" -f -a "gethostname" -d 'socket.gethostname()'
complete -c sockref -n "__fish_sockref_using_subcommand help; and not __fish_seen_subcommand_from resolve reverse hostname service proto byteorder inet const errno sockopt keepalive connect backlog echo completions gethostbyname gethostbyname_ex gethostbyaddr getaddrinfo getnameinfo gethostname getfqdn getservbyname getservbyport getprotobyname htons htonl ntohs ntohl inet_pton inet_ntop inet_aton inet_ntoa getsockopt setsockopt create_connection help" -f -a "getfqdn" -d 'socket.getfqdn([name])'
complete -c sockref -n "__fish_sockref_using_subcommand help; and not __fish_seen_subcommand_from resolve reverse hostname service proto byteorder inet const errno sockopt keepalive connect backlog echo completions gethostbyname gethostbyname_ex gethostbyaddr getaddrinfo getnameinfo gethostname getfqdn getservbyname getservbyport getprotobyname htons htonl ntohs ntohl inet_pton inet_ntop inet_aton inet_ntoa getsockopt setsockopt create_connection help" -f -a "getservbyname" -d 'socket.getservbyname(servicename[, protocolname]): the port number'
complete -c sockref -n "__fish_sockref_using_subcommand help; and not __fish_seen_subcommand_from resolve reverse hostname service proto byteorder inet const errno sockopt keepalive connect backlog echo completions gethostbyname gethostbyname_ex gethostbyaddr getaddrinfo getnameinfo gethostname getfqdn getservbyname getservbyport getprotobyname htons htonl ntohs ntohl inet_pton inet_ntop inet_aton inet_ntoa getsockopt setsockopt create_connection help" -f -a "getservbyport" -d 'socket.getservbyport(port[, protocolname]): the service name'
complete -c sockref -n "__fish_sockref_using_subcommand help; and not __fish_seen_subcommand_from resolve reverse hostname service proto byteorder inet const errno sockopt keepalive connect backlog echo completions gethostbyname gethostbyname_ex gethostbyaddr getaddrinfo getnameinfo gethostname getfqdn getservbyname getservbyport getprotobyname htons htonl ntohs ntohl inet_pton inet_ntop inet_aton inet_ntoa getsockopt setsockopt create_connection help" -f -a "getprotobyname" -d 'socket.getprotobyname(protocolname): the protocol number'
complete -c sockref -n "__fish_sockref_using_subcommand help; and not __fish_seen_subcommand_from resolve reverse hostname service proto byteorder inet const errno sockopt keepalive connect backlog echo completions gethostbyname gethostbyname_ex gethostbyaddr getaddrinfo getnameinfo gethostname getfqdn getservbyname getservbyport getprotobyname htons htonl ntohs ntohl inet_pton inet_ntop inet_aton inet_ntoa getsockopt setsockopt create_connection help" -f -a "htons" -d 'socket.htons(x): a 16-bit integer from host to network byte order'
complete -c sockref -n "__fish_sockref_using_subcommand help; and not __fish_seen_subcommand_from resolve reverse hostname service proto byteorder inet const errno sockopt keepalive connect backlog echo completions gethostbyname gethostbyname_ex gethostbyaddr getaddrinfo getnameinfo gethostname getfqdn getservbyname getservbyport getprotobyname htons htonl ntohs ntohl inet_pton inet_ntop inet_aton inet_ntoa getsockopt setsockopt create_connection help" -f -a "htonl" -d 'socket.htonl(x): a 32-bit integer from host to network byte order'
complete -c sockref -n "__fish_sockref_using_subcommand help; and not __fish_seen_subcommand_from resolve reverse hostname service proto byteorder inet const errno sockopt keepalive connect backlog echo completions gethostbyname gethostbyname_ex gethostbyaddr getaddrinfo getnameinfo gethostname getfqdn getservbyname getservbyport getprotobyname htons htonl ntohs ntohl inet_pton inet_ntop inet_aton inet_ntoa getsockopt setsockopt create_connection help" -f -a "ntohs" -d 'socket.ntohs(x): a 16-bit integer from network to host byte order'
complete -c sockref -n "__fish_sockref_using_subcommand help; and not __fish_seen_subcommand_from resolve reverse hostname service proto byteorder inet const errno sockopt keepalive connect backlog echo completions gethostbyname gethostbyname_ex gethostbyaddr getaddrinfo getnameinfo gethostname getfqdn getservbyname getservbyport getprotobyname htons htonl ntohs ntohl inet_pton inet_ntop inet_aton inet_ntoa getsockopt setsockopt create_connection help" -f -a "ntohl" -d 'socket.ntohl(x): a 32-bit integer from network to host byte order'
complete -c sockref -n "__fish_sockref_using_subcommand help; and not __fish_seen_subcommand_from resolve reverse hostname service proto byteorder inet const errno sockopt keepalive connect backlog echo completions gethostbyname gethostbyname_ex gethostbyaddr getaddrinfo getnameinfo gethostname getfqdn getservbyname getservbyport getprotobyname htons htonl ntohs ntohl inet_pton inet_ntop inet_aton inet_ntoa getsockopt setsockopt create_connection help" -f -a "inet_pton" -d 'socket.inet_pton(address_family, ip_string): the packed address, as hex'
complete -c sockref -n "__fish_sockref_using_subcommand help; and not __fish_seen_subcommand_from resolve reverse hostname service proto byteorder inet const errno sockopt keepalive connect backlog echo completions gethostbyname gethostbyname_ex gethostbyaddr getaddrinfo getnameinfo gethostname getfqdn getservbyname getservbyport getprotobyname htons htonl ntohs ntohl inet_pton inet_ntop inet_aton inet_ntoa getsockopt setsockopt create_connection help" -f -a "inet_ntop" -d 'socket.inet_ntop(address_family, packed_ip): the address text'
complete -c sockref -n "__fish_sockref_using_subcommand help; and not __fish_seen_subcommand_from resolve reverse hostname service proto byteorder inet const errno sockopt keepalive connect backlog echo completions gethostbyname gethostbyname_ex gethostbyaddr getaddrinfo getnameinfo gethostname getfqdn getservbyname getservbyport getprotobyname htons htonl ntohs ntohl inet_pton inet_ntop inet_aton inet_ntoa getsockopt setsockopt create_connection help" -f -a "inet_aton" -d 'socket.inet_aton(ip_string): the packed IPv4 address, as hex'
complete -c sockref -n "__fish_sockref_using_subcommand help; and not __fish_seen_subcommand_from resolve reverse hostname service proto byteorder inet const errno sockopt keepalive connect backlog echo completions gethostbyname gethostbyname_ex gethostbyaddr getaddrinfo getnameinfo gethostname getfqdn getservbyname getservbyport getprotobyname htons htonl ntohs ntohl inet_pton inet_ntop inet_aton inet_ntoa getsockopt setsockopt create_connection help" -f -a "inet_ntoa" -d 'socket.inet_ntoa(packed_ip): dotted-quad text of a packed IPv4 address'
complete -c sockref -n "__fish_sockref_using_subcommand help; and not __fish_seen_subcommand_from resolve reverse hostname service proto byteorder inet const errno sockopt keepalive connect backlog echo completions gethostbyname gethostbyname_ex gethostbyaddr getaddrinfo getnameinfo gethostname getfqdn getservbyname getservbyport getprotobyname htons htonl ntohs ntohl inet_pton inet_ntop inet_aton inet_ntoa getsockopt setsockopt create_connection help" -f -a "getsockopt" -d 'socket.socket(family, type).getsockopt(level, optname): the option as a C int'
complete -c sockref -n "__fish_sockref_using_subcommand help; and not __fish_seen_subcommand_from resolve reverse hostname service proto byteorder inet const errno sockopt keepalive connect backlog echo completions gethostbyname gethostbyname_ex gethostbyaddr getaddrinfo getnameinfo gethostname getfqdn getservbyname getservbyport getprotobyname htons htonl ntohs ntohl inet_pton inet_ntop inet_aton inet_ntoa getsockopt setsockopt create_connection help" -f -a "setsockopt" -d 'socket.socket(family, type).setsockopt(level, optname, value), then the value read back with getsockopt'
complete -c sockref -n "__fish_sockref_using_subcommand help; and not __fish_seen_subcommand_from resolve reverse hostname service proto byteorder inet const errno sockopt keepalive connect backlog echo completions gethostbyname gethostbyname_ex gethostbyaddr getaddrinfo getnameinfo gethostname getfqdn getservbyname getservbyport getprotobyname htons htonl ntohs ntohl inet_pton inet_ntop inet_aton inet_ntoa getsockopt setsockopt create_connection help" -f -a "create_connection" -d 'socket.create_connection(address, timeout, source_address): the laddr and raddr of the connected socket, or the last error'
complete -c sockref -n "__fish_sockref_using_subcommand help; and not __fish_seen_subcommand_from resolve reverse hostname service proto byteorder inet const errno sockopt keepalive connect backlog echo completions gethostbyname gethostbyname_ex gethostbyaddr getaddrinfo getnameinfo gethostname getfqdn getservbyname getservbyport getprotobyname htons htonl ntohs ntohl inet_pton inet_ntop inet_aton inet_ntoa getsockopt setsockopt create_connection help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'

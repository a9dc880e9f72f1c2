
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'sockref' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'sockref'
        for ($i = 1; $i -lt $commandElements.Count; $i++) {
            $element = $commandElements[$i]
            if ($element -isnot [StringConstantExpressionAst] -or
                $element.StringConstantType -ne [StringConstantType]::BareWord -or
                $element.Value.StartsWith('-') -or
                $element.Value -eq $wordToComplete) {
                break
        }
        $element.Value
    }) -join ';'

    $completions = @(switch ($command) {
        'sockref' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format; `--json` is short for `--format json`')
            [CompletionResult]::new('--layout', '--layout', [CompletionResultType]::ParameterName, 'Rows as a table or as records (a block of `field  value` lines per row); auto means a table when it fits the terminal without splitting a word, else records')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour: auto means on a terminal, with NO_COLOR unset and TERM not dumb')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for what can block, in seconds (or 500ms, 2m): a friendly verb answers each of its inputs within it, a function mirror each call; each command''s --help says how it counts')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout (errors as one JSON object on stderr)')
            [CompletionResult]::new('--ascii', '--ascii', [CompletionResultType]::ParameterName, 'Draw tables with ASCII characters even on a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('resolve', 'resolve', [CompletionResultType]::ParameterValue, 'Resolve host names with the system resolver (getaddrinfo): addresses, families, socket types, canonical name and aliases; many names at once, in input order')
            [CompletionResult]::new('reverse', 'reverse', [CompletionResultType]::ParameterValue, 'Reverse-resolve addresses: gethostbyaddr and getnameinfo side by side')
            [CompletionResult]::new('hostname', 'hostname', [CompletionResultType]::ParameterValue, 'This host''s name: gethostname and getfqdn')
            [CompletionResult]::new('service', 'service', [CompletionResultType]::ParameterValue, 'Look up services(5) by name or port: every matching row with its aliases')
            [CompletionResult]::new('proto', 'proto', [CompletionResultType]::ParameterValue, 'Look up protocols(5) by name or number')
            [CompletionResult]::new('byteorder', 'byteorder', [CompletionResultType]::ParameterValue, 'Host endianness and htons/htonl/ntohs/ntohl (and 64-bit) of a number')
            [CompletionResult]::new('inet', 'inet', [CompletionResultType]::ParameterValue, 'What inet_pton, inet_aton, inet_ntop and inet_ntoa make of an address; its integer, canonical form and class')
            [CompletionResult]::new('const', 'const', [CompletionResultType]::ParameterValue, 'Socket constants (AF_*, SO_*, TCP_*, ...) and their values on this platform, by name, prefix, glob (`SO_*BUF`) or value (`--value 10 --prefix AF`)')
            [CompletionResult]::new('errno', 'errno', [CompletionResultType]::ParameterValue, 'errno values, EAI_* (getaddrinfo) and h_errno codes by name or number: the platform''s message, the socket calls that return each and its usual cause')
            [CompletionResult]::new('sockopt', 'sockopt', [CompletionResultType]::ParameterValue, 'Every option of a fresh socket, grouped by level, in natural units; `--set` shows what the kernel keeps, `--connected` reads both ends of a live loopback pair')
            [CompletionResult]::new('keepalive', 'keepalive', [CompletionResultType]::ParameterValue, 'TCP keepalive: the system defaults, a fresh socket''s settings, and how long each takes to notice a dead peer; `--demo` runs an application heartbeat over loopback')
            [CompletionResult]::new('connect', 'connect', [CompletionResultType]::ParameterValue, 'create_connection step by step: every getaddrinfo candidate tried in order, its outcome and time, and the local and peer address of the connection made')
            [CompletionResult]::new('backlog', 'backlog', [CompletionResultType]::ParameterValue, 'How many connections complete before accept() with listen(N): fills the accept queue of a loopback listener and shows what the kernel does with the rest')
            [CompletionResult]::new('echo', 'echo', [CompletionResultType]::ParameterValue, 'A loopback echo server and client in this process over each transport (TCP, UDP, unix, socketpair, abstract): every byte sent must come back unchanged; RTT percentiles and throughput per transport, `--trace` for every socket call')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Write a shell completion script to stdout')
            [CompletionResult]::new('gethostbyname', 'gethostbyname', [CompletionResultType]::ParameterValue, 'socket.gethostbyname(hostname): the first IPv4 address of a name')
            [CompletionResult]::new('gethostbyname_ex', 'gethostbyname_ex', [CompletionResultType]::ParameterValue, 'socket.gethostbyname_ex(hostname): (hostname, aliaslist, ipaddrlist)')
            [CompletionResult]::new('gethostbyaddr', 'gethostbyaddr', [CompletionResultType]::ParameterValue, 'socket.gethostbyaddr(ip_address): (hostname, aliaslist, ipaddrlist)')
            [CompletionResult]::new('getaddrinfo', 'getaddrinfo', [CompletionResultType]::ParameterValue, 'socket.getaddrinfo(host, port, family, type, proto, flags): every row, in order')
            [CompletionResult]::new('getnameinfo', 'getnameinfo', [CompletionResultType]::ParameterValue, 'socket.getnameinfo((host, port), flags): (host, port)')
            [CompletionResult]::new('gethostname', 'gethostname', [CompletionResultType]::ParameterValue, 'socket.gethostname()')
            [CompletionResult]::new('getfqdn', 'getfqdn', [CompletionResultType]::ParameterValue, 'socket.getfqdn([name])')
            [CompletionResult]::new('getservbyname', 'getservbyname', [CompletionResultType]::ParameterValue, 'socket.getservbyname(servicename[, protocolname]): the port number')
            [CompletionResult]::new('getservbyport', 'getservbyport', [CompletionResultType]::ParameterValue, 'socket.getservbyport(port[, protocolname]): the service name')
            [CompletionResult]::new('getprotobyname', 'getprotobyname', [CompletionResultType]::ParameterValue, 'socket.getprotobyname(protocolname): the protocol number')
            [CompletionResult]::new('htons', 'htons', [CompletionResultType]::ParameterValue, 'socket.htons(x): a 16-bit integer from host to network byte order')
            [CompletionResult]::new('htonl', 'htonl', [CompletionResultType]::ParameterValue, 'socket.htonl(x): a 32-bit integer from host to network byte order')
            [CompletionResult]::new('ntohs', 'ntohs', [CompletionResultType]::ParameterValue, 'socket.ntohs(x): a 16-bit integer from network to host byte order')
            [CompletionResult]::new('ntohl', 'ntohl', [CompletionResultType]::ParameterValue, 'socket.ntohl(x): a 32-bit integer from network to host byte order')
            [CompletionResult]::new('inet_pton', 'inet_pton', [CompletionResultType]::ParameterValue, 'socket.inet_pton(address_family, ip_string): the packed address, as hex')
            [CompletionResult]::new('inet_ntop', 'inet_ntop', [CompletionResultType]::ParameterValue, 'socket.inet_ntop(address_family, packed_ip): the address text')
            [CompletionResult]::new('inet_aton', 'inet_aton', [CompletionResultType]::ParameterValue, 'socket.inet_aton(ip_string): the packed IPv4 address, as hex')
            [CompletionResult]::new('inet_ntoa', 'inet_ntoa', [CompletionResultType]::ParameterValue, 'socket.inet_ntoa(packed_ip): dotted-quad text of a packed IPv4 address')
            [CompletionResult]::new('getsockopt', 'getsockopt', [CompletionResultType]::ParameterValue, 'socket.socket(family, type).getsockopt(level, optname): the option as a C int')
            [CompletionResult]::new('setsockopt', 'setsockopt', [CompletionResultType]::ParameterValue, 'socket.socket(family, type).setsockopt(level, optname, value), then the value read back with getsockopt')
            [CompletionResult]::new('create_connection', 'create_connection', [CompletionResultType]::ParameterValue, 'socket.create_connection(address, timeout, source_address): the laddr and raddr of the connected socket, or the last error')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'sockref;resolve' {
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'Read names from this file, one per line (blank lines and # comments skipped)')
            [CompletionResult]::new('--service', '--service', [CompletionResultType]::ParameterName, 'A service name or port to resolve with each host (shows the port column)')
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'Only this socket type: stream, dgram, raw, seqpacket (or SOCK_* or a number)')
            [CompletionResult]::new('--jobs', '--jobs', [CompletionResultType]::ParameterName, 'How many lookups run at once, 1-256')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format; `--json` is short for `--format json`')
            [CompletionResult]::new('--layout', '--layout', [CompletionResultType]::ParameterName, 'Rows as a table or as records (a block of `field  value` lines per row); auto means a table when it fits the terminal without splitting a word, else records')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour: auto means on a terminal, with NO_COLOR unset and TERM not dumb')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for what can block, in seconds (or 500ms, 2m): a friendly verb answers each of its inputs within it, a function mirror each call; each command''s --help says how it counts')
            [CompletionResult]::new('-4', '-4', [CompletionResultType]::ParameterName, 'IPv4 addresses only (AF_INET)')
            [CompletionResult]::new('-6', '-6', [CompletionResultType]::ParameterName, 'IPv6 addresses only (AF_INET6)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout (errors as one JSON object on stderr)')
            [CompletionResult]::new('--ascii', '--ascii', [CompletionResultType]::ParameterName, 'Draw tables with ASCII characters even on a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sockref;reverse' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format; `--json` is short for `--format json`')
            [CompletionResult]::new('--layout', '--layout', [CompletionResultType]::ParameterName, 'Rows as a table or as records (a block of `field  value` lines per row); auto means a table when it fits the terminal without splitting a word, else records')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour: auto means on a terminal, with NO_COLOR unset and TERM not dumb')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for what can block, in seconds (or 500ms, 2m): a friendly verb answers each of its inputs within it, a function mirror each call; each command''s --help says how it counts')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout (errors as one JSON object on stderr)')
            [CompletionResult]::new('--ascii', '--ascii', [CompletionResultType]::ParameterName, 'Draw tables with ASCII characters even on a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sockref;hostname' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format; `--json` is short for `--format json`')
            [CompletionResult]::new('--layout', '--layout', [CompletionResultType]::ParameterName, 'Rows as a table or as records (a block of `field  value` lines per row); auto means a table when it fits the terminal without splitting a word, else records')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour: auto means on a terminal, with NO_COLOR unset and TERM not dumb')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for what can block, in seconds (or 500ms, 2m): a friendly verb answers each of its inputs within it, a function mirror each call; each command''s --help says how it counts')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout (errors as one JSON object on stderr)')
            [CompletionResult]::new('--ascii', '--ascii', [CompletionResultType]::ParameterName, 'Draw tables with ASCII characters even on a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sockref;service' {
            [CompletionResult]::new('--proto', '--proto', [CompletionResultType]::ParameterName, 'Only rows of this protocol (tcp, udp, sctp, ...)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format; `--json` is short for `--format json`')
            [CompletionResult]::new('--layout', '--layout', [CompletionResultType]::ParameterName, 'Rows as a table or as records (a block of `field  value` lines per row); auto means a table when it fits the terminal without splitting a word, else records')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour: auto means on a terminal, with NO_COLOR unset and TERM not dumb')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for what can block, in seconds (or 500ms, 2m): a friendly verb answers each of its inputs within it, a function mirror each call; each command''s --help says how it counts')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'List the whole services database')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout (errors as one JSON object on stderr)')
            [CompletionResult]::new('--ascii', '--ascii', [CompletionResultType]::ParameterName, 'Draw tables with ASCII characters even on a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sockref;proto' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format; `--json` is short for `--format json`')
            [CompletionResult]::new('--layout', '--layout', [CompletionResultType]::ParameterName, 'Rows as a table or as records (a block of `field  value` lines per row); auto means a table when it fits the terminal without splitting a word, else records')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour: auto means on a terminal, with NO_COLOR unset and TERM not dumb')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for what can block, in seconds (or 500ms, 2m): a friendly verb answers each of its inputs within it, a function mirror each call; each command''s --help says how it counts')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'List the whole protocols database')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout (errors as one JSON object on stderr)')
            [CompletionResult]::new('--ascii', '--ascii', [CompletionResultType]::ParameterName, 'Draw tables with ASCII characters even on a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sockref;byteorder' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format; `--json` is short for `--format json`')
            [CompletionResult]::new('--layout', '--layout', [CompletionResultType]::ParameterName, 'Rows as a table or as records (a block of `field  value` lines per row); auto means a table when it fits the terminal without splitting a word, else records')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour: auto means on a terminal, with NO_COLOR unset and TERM not dumb')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for what can block, in seconds (or 500ms, 2m): a friendly verb answers each of its inputs within it, a function mirror each call; each command''s --help says how it counts')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout (errors as one JSON object on stderr)')
            [CompletionResult]::new('--ascii', '--ascii', [CompletionResultType]::ParameterName, 'Draw tables with ASCII characters even on a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sockref;inet' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format; `--json` is short for `--format json`')
            [CompletionResult]::new('--layout', '--layout', [CompletionResultType]::ParameterName, 'Rows as a table or as records (a block of `field  value` lines per row); auto means a table when it fits the terminal without splitting a word, else records')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour: auto means on a terminal, with NO_COLOR unset and TERM not dumb')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for what can block, in seconds (or 500ms, 2m): a friendly verb answers each of its inputs within it, a function mirror each call; each command''s --help says how it counts')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout (errors as one JSON object on stderr)')
            [CompletionResult]::new('--ascii', '--ascii', [CompletionResultType]::ParameterName, 'Draw tables with ASCII characters even on a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sockref;const' {
            [CompletionResult]::new('--prefix', '--prefix', [CompletionResultType]::ParameterName, 'Only this group: AF, SOCK, SOL, SO, IPPROTO, IP, IPV6, TCP, MSG, AI, NI, EAI, SHUT, SCM, INADDR, SOMAXCONN or has_ipv6')
            [CompletionResult]::new('--value', '--value', [CompletionResultType]::ParameterName, 'Only constants with this value: decimal, 0x hex, 0o octal or 0b binary. Every name with that value is shown')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format; `--json` is short for `--format json`')
            [CompletionResult]::new('--layout', '--layout', [CompletionResultType]::ParameterName, 'Rows as a table or as records (a block of `field  value` lines per row); auto means a table when it fits the terminal without splitting a word, else records')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour: auto means on a terminal, with NO_COLOR unset and TERM not dumb')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for what can block, in seconds (or 500ms, 2m): a friendly verb answers each of its inputs within it, a function mirror each call; each command''s --help says how it counts')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'List every constant (the same as giving no filter)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout (errors as one JSON object on stderr)')
            [CompletionResult]::new('--ascii', '--ascii', [CompletionResultType]::ParameterName, 'Draw tables with ASCII characters even on a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sockref;errno' {
            [CompletionResult]::new('--search', '--search', [CompletionResultType]::ParameterName, 'Only codes whose name, message or cause contains WORD (any case)')
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'Only codes of this kind')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format; `--json` is short for `--format json`')
            [CompletionResult]::new('--layout', '--layout', [CompletionResultType]::ParameterName, 'Rows as a table or as records (a block of `field  value` lines per row); auto means a table when it fits the terminal without splitting a word, else records')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour: auto means on a terminal, with NO_COLOR unset and TERM not dumb')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for what can block, in seconds (or 500ms, 2m): a friendly verb answers each of its inputs within it, a function mirror each call; each command''s --help says how it counts')
            [CompletionResult]::new('--list', '--list', [CompletionResultType]::ParameterName, 'List every code: errno values, then EAI codes, then h_errno codes')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout (errors as one JSON object on stderr)')
            [CompletionResult]::new('--ascii', '--ascii', [CompletionResultType]::ParameterName, 'Draw tables with ASCII characters even on a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sockref;sockopt' {
            [CompletionResult]::new('--family', '--family', [CompletionResultType]::ParameterName, 'Address family: inet, inet6 or unix (or AF_*, or a number)')
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'Socket type: stream, dgram, seqpacket or raw (or SOCK_*, or a number)')
            [CompletionResult]::new('--proto', '--proto', [CompletionResultType]::ParameterName, 'Protocol (IPPROTO_*, a name such as icmp, or a number); 0 by default, and for raw sockets icmp (inet) or icmpv6 (inet6)')
            [CompletionResult]::new('--set', '--set', [CompletionResultType]::ParameterName, 'Set an option before reading, e.g. SO_RCVBUF=64K, TCP_NODELAY=on, SO_LINGER=on,5, SO_RCVTIMEO=1.5; repeatable. Shows what was asked beside what the kernel kept')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format; `--json` is short for `--format json`')
            [CompletionResult]::new('--layout', '--layout', [CompletionResultType]::ParameterName, 'Rows as a table or as records (a block of `field  value` lines per row); auto means a table when it fits the terminal without splitting a word, else records')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour: auto means on a terminal, with NO_COLOR unset and TERM not dumb')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for what can block, in seconds (or 500ms, 2m): a friendly verb answers each of its inputs within it, a function mirror each call; each command''s --help says how it counts')
            [CompletionResult]::new('--connected', '--connected', [CompletionResultType]::ParameterName, 'Read both ends of a live loopback pair instead of a fresh socket: TCP or UDP over 127.0.0.1 or ::1, a socketpair for unix; TCP_INFO decoded for TCP')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Ask about every option sockref knows, not only those that apply to this socket')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout (errors as one JSON object on stderr)')
            [CompletionResult]::new('--ascii', '--ascii', [CompletionResultType]::ParameterName, 'Draw tables with ASCII characters even on a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sockref;keepalive' {
            [CompletionResult]::new('--family', '--family', [CompletionResultType]::ParameterName, 'Address family of the TCP socket: inet or inet6')
            [CompletionResult]::new('--idle', '--idle', [CompletionResultType]::ParameterName, 'Set TCP_KEEPIDLE on the socket first (seconds; 90, 2m, 1h)')
            [CompletionResult]::new('--interval', '--interval', [CompletionResultType]::ParameterName, 'Set TCP_KEEPINTVL on the socket first (seconds)')
            [CompletionResult]::new('--count', '--count', [CompletionResultType]::ParameterName, 'Set TCP_KEEPCNT on the socket first (unanswered probes before the peer is dead)')
            [CompletionResult]::new('--heartbeat', '--heartbeat', [CompletionResultType]::ParameterName, 'With --demo: milliseconds between heartbeats (or 0.5s), 10ms-2s')
            [CompletionResult]::new('--misses', '--misses', [CompletionResultType]::ParameterName, 'With --demo: missed heartbeats before the peer is declared dead, 1-10')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format; `--json` is short for `--format json`')
            [CompletionResult]::new('--layout', '--layout', [CompletionResultType]::ParameterName, 'Rows as a table or as records (a block of `field  value` lines per row); auto means a table when it fits the terminal without splitting a word, else records')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour: auto means on a terminal, with NO_COLOR unset and TERM not dumb')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for what can block, in seconds (or 500ms, 2m): a friendly verb answers each of its inputs within it, a function mirror each call; each command''s --help says how it counts')
            [CompletionResult]::new('--demo', '--demo', [CompletionResultType]::ParameterName, 'Run an application heartbeat over a loopback TCP pair: the server answers a few pings, then stops answering without closing, and the client declares it dead after --misses missed beats. Prints the timeline beside the keepalive settings')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout (errors as one JSON object on stderr)')
            [CompletionResult]::new('--ascii', '--ascii', [CompletionResultType]::ParameterName, 'Draw tables with ASCII characters even on a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sockref;connect' {
            [CompletionResult]::new('--source', '--source', [CompletionResultType]::ParameterName, 'Bind to this address before each connect, as Python''s source_address: `127.0.0.1`, `127.0.0.1:5000`, `::1`, `[::1]:5000` (port 0 when omitted)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format; `--json` is short for `--format json`')
            [CompletionResult]::new('--layout', '--layout', [CompletionResultType]::ParameterName, 'Rows as a table or as records (a block of `field  value` lines per row); auto means a table when it fits the terminal without splitting a word, else records')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour: auto means on a terminal, with NO_COLOR unset and TERM not dumb')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for what can block, in seconds (or 500ms, 2m): a friendly verb answers each of its inputs within it, a function mirror each call; each command''s --help says how it counts')
            [CompletionResult]::new('-4', '-4', [CompletionResultType]::ParameterName, 'Only IPv4 candidates (getaddrinfo with AF_INET)')
            [CompletionResult]::new('-6', '-6', [CompletionResultType]::ParameterName, 'Only IPv6 candidates (getaddrinfo with AF_INET6)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout (errors as one JSON object on stderr)')
            [CompletionResult]::new('--ascii', '--ascii', [CompletionResultType]::ParameterName, 'Draw tables with ASCII characters even on a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sockref;backlog' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format; `--json` is short for `--format json`')
            [CompletionResult]::new('--layout', '--layout', [CompletionResultType]::ParameterName, 'Rows as a table or as records (a block of `field  value` lines per row); auto means a table when it fits the terminal without splitting a word, else records')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour: auto means on a terminal, with NO_COLOR unset and TERM not dumb')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for what can block, in seconds (or 500ms, 2m): a friendly verb answers each of its inputs within it, a function mirror each call; each command''s --help says how it counts')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout (errors as one JSON object on stderr)')
            [CompletionResult]::new('--ascii', '--ascii', [CompletionResultType]::ParameterName, 'Draw tables with ASCII characters even on a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sockref;echo' {
            [CompletionResult]::new('--transport', '--transport', [CompletionResultType]::ParameterName, 'Only these transports (repeatable, or a comma list: `tcp4,udp6`); every one when omitted')
            [CompletionResult]::new('--duration', '--duration', [CompletionResultType]::ParameterName, 'Seconds each --bench measurement runs (default 2, at most 1h), or how long --serve serves (default: until Ctrl-C, at most 7 days); also 500ms, 2m')
            [CompletionResult]::new('--size', '--size', [CompletionResultType]::ParameterName, 'Bytes per message of the --bench ping-pong and of each --connections request (default 64; also 4K, 1M)')
            [CompletionResult]::new('--connections', '--connections', [CompletionResultType]::ParameterName, 'What a TCP connection costs: `short` opens one per request (connect, send, recv, close), `long` keeps one open for all; `short,long` runs both. Shows the time of each request and the TIME_WAIT sockets left behind. Alone it means `long`')
            [CompletionResult]::new('--requests', '--requests', [CompletionResultType]::ParameterName, 'Requests per --connections mode, 1-100000')
            [CompletionResult]::new('--serve', '--serve', [CompletionResultType]::ParameterName, 'Run only an echo server on ADDR (`127.0.0.1:7000`, `[::1]:7000`, `localhost:0`; port 0 lets the kernel pick) for other clients, until Ctrl-C or --duration. The first line printed is the address it listens on. TCP, or UDP with `--transport udp4` or `udp6`')
            [CompletionResult]::new('--connect', '--connect', [CompletionResultType]::ParameterName, 'Run only the client against an echo server at ADDR, anyone''s (socat, ncat, another `sockref echo --serve`), with the usual payloads and checks. TCP, or UDP with `--transport udp4` or `udp6`')
            [CompletionResult]::new('--idle', '--idle', [CompletionResultType]::ParameterName, 'With --serve: close a connection that has been idle (nothing read, or its client not reading) for this many seconds (default 30, at most a day)')
            [CompletionResult]::new('--max-connections', '--max-connections', [CompletionResultType]::ParameterName, 'With --serve: the most connections served at once (default 2048); a client beyond that is accepted and closed at once')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format; `--json` is short for `--format json`')
            [CompletionResult]::new('--layout', '--layout', [CompletionResultType]::ParameterName, 'Rows as a table or as records (a block of `field  value` lines per row); auto means a table when it fits the terminal without splitting a word, else records')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour: auto means on a terminal, with NO_COLOR unset and TERM not dumb')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for what can block, in seconds (or 500ms, 2m): a friendly verb answers each of its inputs within it, a function mirror each call; each command''s --help says how it counts')
            [CompletionResult]::new('--trace', '--trace', [CompletionResultType]::ParameterName, 'Record every socket call of both sides (socket, bind, listen, accept, connect, send, recv, shutdown, close) with its descriptor, arguments, result and time, shown as a server | client sequence. Sends 4 small ping-pongs instead of 100 so that the sequence stays readable')
            [CompletionResult]::new('--bench', '--bench', [CompletionResultType]::ParameterName, 'Measure instead of checking: per transport, ping-pong latency (one --size message in flight, round trips for --duration, TCP_NODELAY on TCP) with percentiles, and for streams one-way throughput (128 KiB writes into a counting server). Comparable with sockperf ping-pong, which prints half the round trip, and iperf3')
            [CompletionResult]::new('--allow-remote', '--allow-remote', [CompletionResultType]::ParameterName, 'Let --serve and --connect use an address outside loopback (with a warning on stderr); without it such an ADDR is refused')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout (errors as one JSON object on stderr)')
            [CompletionResult]::new('--ascii', '--ascii', [CompletionResultType]::ParameterName, 'Draw tables with ASCII characters even on a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sockref;completions' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format; `--json` is short for `--format json`')
            [CompletionResult]::new('--layout', '--layout', [CompletionResultType]::ParameterName, 'Rows as a table or as records (a block of `field  value` lines per row); auto means a table when it fits the terminal without splitting a word, else records')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour: auto means on a terminal, with NO_COLOR unset and TERM not dumb')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for what can block, in seconds (or 500ms, 2m): a friendly verb answers each of its inputs within it, a function mirror each call; each command''s --help says how it counts')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout (errors as one JSON object on stderr)')
            [CompletionResult]::new('--ascii', '--ascii', [CompletionResultType]::ParameterName, 'Draw tables with ASCII characters even on a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sockref;gethostbyname' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format; `--json` is short for `--format json`')
            [CompletionResult]::new('--layout', '--layout', [CompletionResultType]::ParameterName, 'Rows as a table or as records (a block of `field  value` lines per row); auto means a table when it fits the terminal without splitting a word, else records')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour: auto means on a terminal, with NO_COLOR unset and TERM not dumb')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for what can block, in seconds (or 500ms, 2m): a friendly verb answers each of its inputs within it, a function mirror each call; each command''s --help says how it counts')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout (errors as one JSON object on stderr)')
            [CompletionResult]::new('--ascii', '--ascii', [CompletionResultType]::ParameterName, 'Draw tables with ASCII characters even on a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sockref;gethostbyname_ex' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format; `--json` is short for `--format json`')
            [CompletionResult]::new('--layout', '--layout', [CompletionResultType]::ParameterName, 'Rows as a table or as records (a block of `field  value` lines per row); auto means a table when it fits the terminal without splitting a word, else records')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour: auto means on a terminal, with NO_COLOR unset and TERM not dumb')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for what can block, in seconds (or 500ms, 2m): a friendly verb answers each of its inputs within it, a function mirror each call; each command''s --help says how it counts')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout (errors as one JSON object on stderr)')
            [CompletionResult]::new('--ascii', '--ascii', [CompletionResultType]::ParameterName, 'Draw tables with ASCII characters even on a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sockref;gethostbyaddr' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format; `--json` is short for `--format json`')
            [CompletionResult]::new('--layout', '--layout', [CompletionResultType]::ParameterName, 'Rows as a table or as records (a block of `field  value` lines per row); auto means a table when it fits the terminal without splitting a word, else records')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour: auto means on a terminal, with NO_COLOR unset and TERM not dumb')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for what can block, in seconds (or 500ms, 2m): a friendly verb answers each of its inputs within it, a function mirror each call; each command''s --help says how it counts')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout (errors as one JSON object on stderr)')
            [CompletionResult]::new('--ascii', '--ascii', [CompletionResultType]::ParameterName, 'Draw tables with ASCII characters even on a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sockref;getaddrinfo' {
            [CompletionResult]::new('--family', '--family', [CompletionResultType]::ParameterName, 'Address family: AF_INET, inet6, unspec or a number')
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'Socket type: SOCK_STREAM, dgram, raw or a number; 0 means any')
            [CompletionResult]::new('--proto', '--proto', [CompletionResultType]::ParameterName, 'Protocol: IPPROTO_TCP, udp or a number; 0 means any')
            [CompletionResult]::new('--flags', '--flags', [CompletionResultType]::ParameterName, 'Flags: `AI_CANONNAME|AI_PASSIVE`, `canonname,passive` or a number; 0 means none')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format; `--json` is short for `--format json`')
            [CompletionResult]::new('--layout', '--layout', [CompletionResultType]::ParameterName, 'Rows as a table or as records (a block of `field  value` lines per row); auto means a table when it fits the terminal without splitting a word, else records')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour: auto means on a terminal, with NO_COLOR unset and TERM not dumb')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for what can block, in seconds (or 500ms, 2m): a friendly verb answers each of its inputs within it, a function mirror each call; each command''s --help says how it counts')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout (errors as one JSON object on stderr)')
            [CompletionResult]::new('--ascii', '--ascii', [CompletionResultType]::ParameterName, 'Draw tables with ASCII characters even on a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sockref;getnameinfo' {
            [CompletionResult]::new('--flags', '--flags', [CompletionResultType]::ParameterName, 'Flags: `NI_NUMERICHOST|NI_NAMEREQD`, `numerichost,namereqd` or a number; 0 means none')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format; `--json` is short for `--format json`')
            [CompletionResult]::new('--layout', '--layout', [CompletionResultType]::ParameterName, 'Rows as a table or as records (a block of `field  value` lines per row); auto means a table when it fits the terminal without splitting a word, else records')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour: auto means on a terminal, with NO_COLOR unset and TERM not dumb')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for what can block, in seconds (or 500ms, 2m): a friendly verb answers each of its inputs within it, a function mirror each call; each command''s --help says how it counts')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout (errors as one JSON object on stderr)')
            [CompletionResult]::new('--ascii', '--ascii', [CompletionResultType]::ParameterName, 'Draw tables with ASCII characters even on a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sockref;gethostname' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format; `--json` is short for `--format json`')
            [CompletionResult]::new('--layout', '--layout', [CompletionResultType]::ParameterName, 'Rows as a table or as records (a block of `field  value` lines per row); auto means a table when it fits the terminal without splitting a word, else records')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour: auto means on a terminal, with NO_COLOR unset and TERM not dumb')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for what can block, in seconds (or 500ms, 2m): a friendly verb answers each of its inputs within it, a function mirror each call; each command''s --help says how it counts')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout (errors as one JSON object on stderr)')
            [CompletionResult]::new('--ascii', '--ascii', [CompletionResultType]::ParameterName, 'Draw tables with ASCII characters even on a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sockref;getfqdn' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format; `--json` is short for `--format json`')
            [CompletionResult]::new('--layout', '--layout', [CompletionResultType]::ParameterName, 'Rows as a table or as records (a block of `field  value` lines per row); auto means a table when it fits the terminal without splitting a word, else records')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour: auto means on a terminal, with NO_COLOR unset and TERM not dumb')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for what can block, in seconds (or 500ms, 2m): a friendly verb answers each of its inputs within it, a function mirror each call; each command''s --help says how it counts')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout (errors as one JSON object on stderr)')
            [CompletionResult]::new('--ascii', '--ascii', [CompletionResultType]::ParameterName, 'Draw tables with ASCII characters even on a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sockref;getservbyname' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format; `--json` is short for `--format json`')
            [CompletionResult]::new('--layout', '--layout', [CompletionResultType]::ParameterName, 'Rows as a table or as records (a block of `field  value` lines per row); auto means a table when it fits the terminal without splitting a word, else records')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour: auto means on a terminal, with NO_COLOR unset and TERM not dumb')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for what can block, in seconds (or 500ms, 2m): a friendly verb answers each of its inputs within it, a function mirror each call; each command''s --help says how it counts')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout (errors as one JSON object on stderr)')
            [CompletionResult]::new('--ascii', '--ascii', [CompletionResultType]::ParameterName, 'Draw tables with ASCII characters even on a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sockref;getservbyport' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format; `--json` is short for `--format json`')
            [CompletionResult]::new('--layout', '--layout', [CompletionResultType]::ParameterName, 'Rows as a table or as records (a block of `field  value` lines per row); auto means a table when it fits the terminal without splitting a word, else records')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour: auto means on a terminal, with NO_COLOR unset and TERM not dumb')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for what can block, in seconds (or 500ms, 2m): a friendly verb answers each of its inputs within it, a function mirror each call; each command''s --help says how it counts')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout (errors as one JSON object on stderr)')
            [CompletionResult]::new('--ascii', '--ascii', [CompletionResultType]::ParameterName, 'Draw tables with ASCII characters even on a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sockref;getprotobyname' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format; `--json` is short for `--format json`')
            [CompletionResult]::new('--layout', '--layout', [CompletionResultType]::ParameterName, 'Rows as a table or as records (a block of `field  value` lines per row); auto means a table when it fits the terminal without splitting a word, else records')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour: auto means on a terminal, with NO_COLOR unset and TERM not dumb')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for what can block, in seconds (or 500ms, 2m): a friendly verb answers each of its inputs within it, a function mirror each call; each command''s --help says how it counts')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout (errors as one JSON object on stderr)')
            [CompletionResult]::new('--ascii', '--ascii', [CompletionResultType]::ParameterName, 'Draw tables with ASCII characters even on a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sockref;htons' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format; `--json` is short for `--format json`')
            [CompletionResult]::new('--layout', '--layout', [CompletionResultType]::ParameterName, 'Rows as a table or as records (a block of `field  value` lines per row); auto means a table when it fits the terminal without splitting a word, else records')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour: auto means on a terminal, with NO_COLOR unset and TERM not dumb')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for what can block, in seconds (or 500ms, 2m): a friendly verb answers each of its inputs within it, a function mirror each call; each command''s --help says how it counts')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout (errors as one JSON object on stderr)')
            [CompletionResult]::new('--ascii', '--ascii', [CompletionResultType]::ParameterName, 'Draw tables with ASCII characters even on a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sockref;htonl' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format; `--json` is short for `--format json`')
            [CompletionResult]::new('--layout', '--layout', [CompletionResultType]::ParameterName, 'Rows as a table or as records (a block of `field  value` lines per row); auto means a table when it fits the terminal without splitting a word, else records')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour: auto means on a terminal, with NO_COLOR unset and TERM not dumb')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for what can block, in seconds (or 500ms, 2m): a friendly verb answers each of its inputs within it, a function mirror each call; each command''s --help says how it counts')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout (errors as one JSON object on stderr)')
            [CompletionResult]::new('--ascii', '--ascii', [CompletionResultType]::ParameterName, 'Draw tables with ASCII characters even on a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sockref;ntohs' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format; `--json` is short for `--format json`')
            [CompletionResult]::new('--layout', '--layout', [CompletionResultType]::ParameterName, 'Rows as a table or as records (a block of `field  value` lines per row); auto means a table when it fits the terminal without splitting a word, else records')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour: auto means on a terminal, with NO_COLOR unset and TERM not dumb')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for what can block, in seconds (or 500ms, 2m): a friendly verb answers each of its inputs within it, a function mirror each call; each command''s --help says how it counts')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout (errors as one JSON object on stderr)')
            [CompletionResult]::new('--ascii', '--ascii', [CompletionResultType]::ParameterName, 'Draw tables with ASCII characters even on a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sockref;ntohl' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format; `--json` is short for `--format json`')
            [CompletionResult]::new('--layout', '--layout', [CompletionResultType]::ParameterName, 'Rows as a table or as records (a block of `field  value` lines per row); auto means a table when it fits the terminal without splitting a word, else records')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour: auto means on a terminal, with NO_COLOR unset and TERM not dumb')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for what can block, in seconds (or 500ms, 2m): a friendly verb answers each of its inputs within it, a function mirror each call; each command''s --help says how it counts')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout (errors as one JSON object on stderr)')
            [CompletionResult]::new('--ascii', '--ascii', [CompletionResultType]::ParameterName, 'Draw tables with ASCII characters even on a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sockref;inet_pton' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format; `--json` is short for `--format json`')
            [CompletionResult]::new('--layout', '--layout', [CompletionResultType]::ParameterName, 'Rows as a table or as records (a block of `field  value` lines per row); auto means a table when it fits the terminal without splitting a word, else records')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour: auto means on a terminal, with NO_COLOR unset and TERM not dumb')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for what can block, in seconds (or 500ms, 2m): a friendly verb answers each of its inputs within it, a function mirror each call; each command''s --help says how it counts')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout (errors as one JSON object on stderr)')
            [CompletionResult]::new('--ascii', '--ascii', [CompletionResultType]::ParameterName, 'Draw tables with ASCII characters even on a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sockref;inet_ntop' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format; `--json` is short for `--format json`')
            [CompletionResult]::new('--layout', '--layout', [CompletionResultType]::ParameterName, 'Rows as a table or as records (a block of `field  value` lines per row); auto means a table when it fits the terminal without splitting a word, else records')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour: auto means on a terminal, with NO_COLOR unset and TERM not dumb')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for what can block, in seconds (or 500ms, 2m): a friendly verb answers each of its inputs within it, a function mirror each call; each command''s --help says how it counts')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout (errors as one JSON object on stderr)')
            [CompletionResult]::new('--ascii', '--ascii', [CompletionResultType]::ParameterName, 'Draw tables with ASCII characters even on a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sockref;inet_aton' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format; `--json` is short for `--format json`')
            [CompletionResult]::new('--layout', '--layout', [CompletionResultType]::ParameterName, 'Rows as a table or as records (a block of `field  value` lines per row); auto means a table when it fits the terminal without splitting a word, else records')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour: auto means on a terminal, with NO_COLOR unset and TERM not dumb')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for what can block, in seconds (or 500ms, 2m): a friendly verb answers each of its inputs within it, a function mirror each call; each command''s --help says how it counts')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout (errors as one JSON object on stderr)')
            [CompletionResult]::new('--ascii', '--ascii', [CompletionResultType]::ParameterName, 'Draw tables with ASCII characters even on a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sockref;inet_ntoa' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format; `--json` is short for `--format json`')
            [CompletionResult]::new('--layout', '--layout', [CompletionResultType]::ParameterName, 'Rows as a table or as records (a block of `field  value` lines per row); auto means a table when it fits the terminal without splitting a word, else records')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour: auto means on a terminal, with NO_COLOR unset and TERM not dumb')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for what can block, in seconds (or 500ms, 2m): a friendly verb answers each of its inputs within it, a function mirror each call; each command''s --help says how it counts')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout (errors as one JSON object on stderr)')
            [CompletionResult]::new('--ascii', '--ascii', [CompletionResultType]::ParameterName, 'Draw tables with ASCII characters even on a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sockref;getsockopt' {
            [CompletionResult]::new('--buflen', '--buflen', [CompletionResultType]::ParameterName, 'Read into a buffer of this many bytes (1-1024) and return them as hex, as getsockopt(level, optname, buflen) does')
            [CompletionResult]::new('--proto', '--proto', [CompletionResultType]::ParameterName, 'The protocol argument of socket(): IPPROTO_*, a name or a number')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format; `--json` is short for `--format json`')
            [CompletionResult]::new('--layout', '--layout', [CompletionResultType]::ParameterName, 'Rows as a table or as records (a block of `field  value` lines per row); auto means a table when it fits the terminal without splitting a word, else records')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour: auto means on a terminal, with NO_COLOR unset and TERM not dumb')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for what can block, in seconds (or 500ms, 2m): a friendly verb answers each of its inputs within it, a function mirror each call; each command''s --help says how it counts')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout (errors as one JSON object on stderr)')
            [CompletionResult]::new('--ascii', '--ascii', [CompletionResultType]::ParameterName, 'Draw tables with ASCII characters even on a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sockref;setsockopt' {
            [CompletionResult]::new('--buflen', '--buflen', [CompletionResultType]::ParameterName, 'Read the value back into a buffer of this many bytes, returned as hex')
            [CompletionResult]::new('--proto', '--proto', [CompletionResultType]::ParameterName, 'The protocol argument of socket(): IPPROTO_*, a name or a number')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format; `--json` is short for `--format json`')
            [CompletionResult]::new('--layout', '--layout', [CompletionResultType]::ParameterName, 'Rows as a table or as records (a block of `field  value` lines per row); auto means a table when it fits the terminal without splitting a word, else records')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour: auto means on a terminal, with NO_COLOR unset and TERM not dumb')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for what can block, in seconds (or 500ms, 2m): a friendly verb answers each of its inputs within it, a function mirror each call; each command''s --help says how it counts')
            [CompletionResult]::new('--bytes', '--bytes', [CompletionResultType]::ParameterName, 'VALUE is bytes in hex (a struct or a string), as setsockopt(level, optname, bytes)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout (errors as one JSON object on stderr)')
            [CompletionResult]::new('--ascii', '--ascii', [CompletionResultType]::ParameterName, 'Draw tables with ASCII characters even on a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sockref;create_connection' {
            [CompletionResult]::new('--source', '--source', [CompletionResultType]::ParameterName, 'source_address as ADDR[:PORT]: `127.0.0.1`, `[::1]:5000`')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format; `--json` is short for `--format json`')
            [CompletionResult]::new('--layout', '--layout', [CompletionResultType]::ParameterName, 'Rows as a table or as records (a block of `field  value` lines per row); auto means a table when it fits the terminal without splitting a word, else records')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour: auto means on a terminal, with NO_COLOR unset and TERM not dumb')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'How long to wait for what can block, in seconds (or 500ms, 2m): a friendly verb answers each of its inputs within it, a function mirror each call; each command''s --help says how it counts')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON document on stdout (errors as one JSON object on stderr)')
            [CompletionResult]::new('--ascii', '--ascii', [CompletionResultType]::ParameterName, 'Draw tables with ASCII characters even on a terminal')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sockref;help' {
            [CompletionResult]::new('resolve', 'resolve', [CompletionResultType]::ParameterValue, 'Resolve host names with the system resolver (getaddrinfo): addresses, families, socket types, canonical name and aliases; many names at once, in input order')
            [CompletionResult]::new('reverse', 'reverse', [CompletionResultType]::ParameterValue, 'Reverse-resolve addresses: gethostbyaddr and getnameinfo side by side')
            [CompletionResult]::new('hostname', 'hostname', [CompletionResultType]::ParameterValue, 'This host''s name: gethostname and getfqdn')
            [CompletionResult]::new('service', 'service', [CompletionResultType]::ParameterValue, 'Look up services(5) by name or port: every matching row with its aliases')
            [CompletionResult]::new('proto', 'proto', [CompletionResultType]::ParameterValue, 'Look up protocols(5) by name or number')
            [CompletionResult]::new('byteorder', 'byteorder', [CompletionResultType]::ParameterValue, 'Host endianness and htons/htonl/ntohs/ntohl (and 64-bit) of a number')
            [CompletionResult]::new('inet', 'inet', [CompletionResultType]::ParameterValue, 'What inet_pton, inet_aton, inet_ntop and inet_ntoa make of an address; its integer, canonical form and class')
            [CompletionResult]::new('const', 'const', [CompletionResultType]::ParameterValue, 'Socket constants (AF_*, SO_*, TCP_*, ...) and their values on this platform, by name, prefix, glob (`SO_*BUF`) or value (`--value 10 --prefix AF`)')
            [CompletionResult]::new('errno', 'errno', [CompletionResultType]::ParameterValue, 'errno values, EAI_* (getaddrinfo) and h_errno codes by name or number: the platform''s message, the socket calls that return each and its usual cause')
            [CompletionResult]::new('sockopt', 'sockopt', [CompletionResultType]::ParameterValue, 'Every option of a fresh socket, grouped by level, in natural units; `--set` shows what the kernel keeps, `--connected` reads both ends of a live loopback pair')
            [CompletionResult]::new('keepalive', 'keepalive', [CompletionResultType]::ParameterValue, 'TCP keepalive: the system defaults, a fresh socket''s settings, and how long each takes to notice a dead peer; `--demo` runs an application heartbeat over loopback')
            [CompletionResult]::new('connect', 'connect', [CompletionResultType]::ParameterValue, 'create_connection step by step: every getaddrinfo candidate tried in order, its outcome and time, and the local and peer address of the connection made')
            [CompletionResult]::new('backlog', 'backlog', [CompletionResultType]::ParameterValue, 'How many connections complete before accept() with listen(N): fills the accept queue of a loopback listener and shows what the kernel does with the rest')
            [CompletionResult]::new('echo', 'echo', [CompletionResultType]::ParameterValue, 'A loopback echo server and client in this process over each transport (TCP, UDP, unix, socketpair, abstract): every byte sent must come back unchanged; RTT percentiles and throughput per transport, `--trace` for every socket call')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Write a shell completion script to stdout')
            [CompletionResult]::new('gethostbyname', 'gethostbyname', [CompletionResultType]::ParameterValue, 'socket.gethostbyname(hostname): the first IPv4 address of a name')
            [CompletionResult]::new('gethostbyname_ex', 'gethostbyname_ex', [CompletionResultType]::ParameterValue, 'socket.gethostbyname_ex(hostname): (hostname, aliaslist, ipaddrlist)')
            [CompletionResult]::new('gethostbyaddr', 'gethostbyaddr', [CompletionResultType]::ParameterValue, 'socket.gethostbyaddr(ip_address): (hostname, aliaslist, ipaddrlist)')
            [CompletionResult]::new('getaddrinfo', 'getaddrinfo', [CompletionResultType]::ParameterValue, 'socket.getaddrinfo(host, port, family, type, proto, flags): every row, in order')
            [CompletionResult]::new('getnameinfo', 'getnameinfo', [CompletionResultType]::ParameterValue, 'socket.getnameinfo((host, port), flags): (host, port)')
            [CompletionResult]::new('gethostname', 'gethostname', [CompletionResultType]::ParameterValue, 'socket.gethostname()')
            [CompletionResult]::new('getfqdn', 'getfqdn', [CompletionResultType]::ParameterValue, 'socket.getfqdn([name])')
            [CompletionResult]::new('getservbyname', 'getservbyname', [CompletionResultType]::ParameterValue, 'socket.getservbyname(servicename[, protocolname]): the port number')
            [CompletionResult]::new('getservbyport', 'getservbyport', [CompletionResultType]::ParameterValue, 'socket.getservbyport(port[, protocolname]): the service name')
            [CompletionResult]::new('getprotobyname', 'getprotobyname', [CompletionResultType]::ParameterValue, 'socket.getprotobyname(protocolname): the protocol number')
            [CompletionResult]::new('htons', 'htons', [CompletionResultType]::ParameterValue, 'socket.htons(x): a 16-bit integer from host to network byte order')
            [CompletionResult]::new('htonl', 'htonl', [CompletionResultType]::ParameterValue, 'socket.htonl(x): a 32-bit integer from host to network byte order')
            [CompletionResult]::new('ntohs', 'ntohs', [CompletionResultType]::ParameterValue, 'socket.ntohs(x): a 16-bit integer from network to host byte order')
            [CompletionResult]::new('ntohl', 'ntohl', [CompletionResultType]::ParameterValue, 'socket.ntohl(x): a 32-bit integer from network to host byte order')
            [CompletionResult]::new('inet_pton', 'inet_pton', [CompletionResultType]::ParameterValue, 'socket.inet_pton(address_family, ip_string): the packed address, as hex')
            [CompletionResult]::new('inet_ntop', 'inet_ntop', [CompletionResultType]::ParameterValue, 'socket.inet_ntop(address_family, packed_ip): the address text')
            [CompletionResult]::new('inet_aton', 'inet_aton', [CompletionResultType]::ParameterValue, 'socket.inet_aton(ip_string): the packed IPv4 address, as hex')
            [CompletionResult]::new('inet_ntoa', 'inet_ntoa', [CompletionResultType]::ParameterValue, 'socket.inet_ntoa(packed_ip): dotted-quad text of a packed IPv4 address')
            [CompletionResult]::new('getsockopt', 'getsockopt', [CompletionResultType]::ParameterValue, 'socket.socket(family, type).getsockopt(level, optname): the option as a C int')
            [CompletionResult]::new('setsockopt', 'setsockopt', [CompletionResultType]::ParameterValue, 'socket.socket(family, type).setsockopt(level, optname, value), then the value read back with getsockopt')
            [CompletionResult]::new('create_connection', 'create_connection', [CompletionResultType]::ParameterValue, 'socket.create_connection(address, timeout, source_address): the laddr and raddr of the connected socket, or the last error')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'sockref;help;resolve' {
            break
        }
        'sockref;help;reverse' {
            break
        }
        'sockref;help;hostname' {
            break
        }
        'sockref;help;service' {
            break
        }
        'sockref;help;proto' {
            break
        }
        'sockref;help;byteorder' {
            break
        }
        'sockref;help;inet' {
            break
        }
        'sockref;help;const' {
            break
        }
        'sockref;help;errno' {
            break
        }
        'sockref;help;sockopt' {
            break
        }
        'sockref;help;keepalive' {
            break
        }
        'sockref;help;connect' {
            break
        }
        'sockref;help;backlog' {
            break
        }
        'sockref;help;echo' {
            break
        }
        'sockref;help;completions' {
            break
        }
        'sockref;help;gethostbyname' {
            break
        }
        'sockref;help;gethostbyname_ex' {
            break
        }
        'sockref;help;gethostbyaddr' {
            break
        }
        'sockref;help;getaddrinfo' {
            break
        }
        'sockref;help;getnameinfo' {
            break
        }
        'sockref;help;gethostname' {
            break
        }
        'sockref;help;getfqdn' {
            break
        }
        'sockref;help;getservbyname' {
            break
        }
        'sockref;help;getservbyport' {
            break
        }
        'sockref;help;getprotobyname' {
            break
        }
        'sockref;help;htons' {
            break
        }
        'sockref;help;htonl' {
            break
        }
        'sockref;help;ntohs' {
            break
        }
        'sockref;help;ntohl' {
            break
        }
        'sockref;help;inet_pton' {
            break
        }
        'sockref;help;inet_ntop' {
            break
        }
        'sockref;help;inet_aton' {
            break
        }
        'sockref;help;inet_ntoa' {
            break
        }
        'sockref;help;getsockopt' {
            break
        }
        'sockref;help;setsockopt' {
            break
        }
        'sockref;help;create_connection' {
            break
        }
        'sockref;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}

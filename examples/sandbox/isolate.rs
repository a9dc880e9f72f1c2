//! Entering the namespaces and replacing files there: everything here changes only the
//! private mount and network namespaces this process creates, never the host's.

use std::fs;
use std::io::Write;
use std::net::IpAddr;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::Command;

use nix::errno::Errno;
use nix::mount::{MsFlags, mount};
use nix::sched::{CloneFlags, unshare};
use nix::unistd::{getegid, geteuid};
use tempfile::NamedTempFile;

use crate::Failure;
use crate::cli::Args;

const DEFAULT_HOSTS: &str = "127.0.0.1 localhost\n::1 localhost ip6-localhost\n";
const DEFAULT_RESOLV: &str = "nameserver 127.0.0.1\noptions timeout:1 attempts:1\n";
const DEFAULT_NSSWITCH: &str =
    "hosts: files dns\nnetworks: files\nprotocols: files\nservices: files\n";

/// Where a replacement /etc file comes from.
enum Source {
    /// A file the caller named, mounted as it is.
    Given(PathBuf),
    /// A default written to a temporary file. The file is unlinked when this is dropped,
    /// right after the bind mount, which keeps the inode alive for as long as it is mounted.
    Default(NamedTempFile),
}

impl Source {
    fn path(&self) -> &Path {
        match self {
            Source::Given(path) => path,
            Source::Default(file) => file.path(),
        }
    }
}

/// The three files bind-mounted over /etc, chosen before entering the namespaces.
pub struct EtcFiles {
    mounts: Vec<(Source, &'static str)>,
}

impl EtcFiles {
    pub fn prepare(args: &Args) -> Result<Self, Failure> {
        let mut mounts = vec![
            (source("--hosts", &args.hosts, DEFAULT_HOSTS)?, "/etc/hosts"),
            (
                source("--resolv", &args.resolv, DEFAULT_RESOLV)?,
                "/etc/resolv.conf",
            ),
            (
                source("--nsswitch", &args.nsswitch, DEFAULT_NSSWITCH)?,
                "/etc/nsswitch.conf",
            ),
        ];
        // Only when asked: the host's policy is otherwise the one in force.
        if args.gai_conf.is_some() {
            mounts.push((source("--gai-conf", &args.gai_conf, "")?, "/etc/gai.conf"));
        }
        Ok(EtcFiles { mounts })
    }

    /// Must run after `make_mounts_private`, or the mounts would propagate to the host.
    pub fn bind_over_etc(self) -> Result<(), Failure> {
        for (source, target) in &self.mounts {
            bind(source.path(), Path::new(target))?;
        }
        Ok(())
    }
}

fn source(flag: &str, given: &Option<PathBuf>, default: &str) -> Result<Source, Failure> {
    if let Some(path) = given {
        // Checked here so that the message names the flag rather than a failed mount(2).
        fs::metadata(path).map_err(|e| Failure::setup(format!("{flag} {}", path.display()), e))?;
        return Ok(Source::Given(path.clone()));
    }
    let what = format!("write default for {flag}");
    let mut file =
        NamedTempFile::with_prefix("sockref-sandbox-").map_err(|e| Failure::setup(&what, e))?;
    file.write_all(default.as_bytes())
        .map_err(|e| Failure::setup(&what, e))?;
    // tempfile creates 0600; the real files are world-readable, and a COMMAND that drops
    // privileges must still be able to read them.
    fs::set_permissions(file.path(), fs::Permissions::from_mode(0o644))
        .map_err(|e| Failure::setup(&what, e))?;
    Ok(Source::Default(file))
}

/// unshare(2) into new mount, network and UTS namespaces (the last so that --hostname
/// renames only the sandbox). Without CAP_SYS_ADMIN (not root, or a
/// container's root without it), a user namespace in which we are root comes first and grants
/// the capabilities for the other two (user_namespaces(7)).
pub fn enter_namespaces() -> Result<(), Failure> {
    let (uid, gid) = (geteuid(), getegid());
    let plain = CloneFlags::CLONE_NEWNS | CloneFlags::CLONE_NEWNET | CloneFlags::CLONE_NEWUTS;
    // As root the plain unshare is enough. A container's root without CAP_SYS_ADMIN gets
    // EPERM and goes on to the user namespace like any other user.
    let root_failure = if uid.is_root() {
        match unshare(plain) {
            Ok(()) => return Ok(()),
            Err(e) => format!("unshare(CLONE_NEWNS|CLONE_NEWNET|CLONE_NEWUTS): {e}; "),
        }
    } else {
        String::new()
    };
    unshare(plain | CloneFlags::CLONE_NEWUSER).map_err(|e| {
        Failure::Unavailable(format!(
            "{root_failure}unshare(CLONE_NEWUSER|CLONE_NEWNS|CLONE_NEWNET|CLONE_NEWUTS): {e}"
        ))
    })?;
    // Writing "deny" to setgroups is required before an unprivileged gid_map write.
    let maps = [
        ("/proc/self/setgroups", "deny".to_string()),
        ("/proc/self/uid_map", format!("0 {uid} 1")),
        ("/proc/self/gid_map", format!("0 {gid} 1")),
    ];
    for (path, content) in maps {
        fs::write(path, content).map_err(|e| Failure::Unavailable(format!("write {path}: {e}")))?;
    }
    Ok(())
}

/// Marks every mount in our new namespace private, so that nothing we mount propagates to
/// the host's namespace (mount_namespaces(7), "Shared subtrees").
pub fn make_mounts_private() -> Result<(), Failure> {
    mount(
        None::<&str>,
        "/",
        None::<&str>,
        MsFlags::MS_REC | MsFlags::MS_PRIVATE,
        None::<&str>,
    )
    .map_err(|e| mount_failure("make / private", e))
}

/// glibc asks a running nscd before reading any file, through a Unix socket that crosses
/// network namespaces, which would answer from the host's configuration. A character device
/// over the socket makes connect(2) fail, and glibc then falls back to the files we mounted.
pub fn hide_nscd() -> Result<(), Failure> {
    let mut hidden: Vec<PathBuf> = Vec::new();
    for socket in ["/run/nscd/socket", "/var/run/nscd/socket"] {
        // /var/run is usually a symlink to /run: mount each real socket once.
        let Ok(real) = fs::canonicalize(socket) else {
            continue;
        };
        if !hidden.contains(&real) {
            bind(Path::new("/dev/null"), &real)?;
            hidden.push(real);
        }
    }
    Ok(())
}

fn bind(source: &Path, target: &Path) -> Result<(), Failure> {
    mount(
        Some(source),
        target,
        None::<&str>,
        MsFlags::MS_BIND,
        None::<&str>,
    )
    .map_err(|e| {
        mount_failure(
            &format!("bind {} over {}", source.display(), target.display()),
            e,
        )
    })
}

/// EPERM from mount(2) means this host forbids what the sandbox needs, not that it is broken.
fn mount_failure(what: &str, errno: Errno) -> Failure {
    match errno {
        Errno::EPERM | Errno::EACCES => Failure::Unavailable(format!("{what}: {errno}")),
        _ => Failure::setup(what, errno),
    }
}

/// A new network namespace has only `lo`, and it is down; bringing it up gives it
/// 127.0.0.1/8 and ::1.
pub fn loopback_up() -> Result<(), Failure> {
    ip(&["link", "set", "lo", "up"])
}

/// Puts an address that is not already local (say --dns-addr 10.53.0.1) on `lo`.
pub fn add_to_loopback(addr: IpAddr) -> Result<(), Failure> {
    let (prefix, extra): (u8, &[&str]) = match addr {
        IpAddr::V4(_) => (32, &[]),
        // Duplicate address detection would leave the address "tentative", unbindable, for
        // about a second; there is nothing to collide with on loopback.
        IpAddr::V6(_) => (128, &["nodad"]),
    };
    let cidr = format!("{addr}/{prefix}");
    let mut args = vec!["addr", "add", cidr.as_str(), "dev", "lo"];
    args.extend_from_slice(extra);
    ip(&args)
}

/// Names the sandbox's host `name` (its own UTS namespace): what gethostname returns inside.
pub fn set_hostname(name: &str) -> Result<(), Failure> {
    nix::unistd::sethostname(name).map_err(|e| Failure::setup(format!("sethostname({name})"), e))
}

/// Drops every TCP segment to `port` in this namespace, on `address` only or on every
/// address of both families: a connect there gets no answer at all, as behind a firewall
/// that drops. Without iptables the sandbox is unavailable (tests that need it skip, and
/// fail under CI).
pub fn drop_tcp(address: Option<IpAddr>, port: u16) -> Result<(), Failure> {
    let port = port.to_string();
    let tools: &[&str] = match address {
        None => &["iptables", "ip6tables"],
        Some(IpAddr::V4(_)) => &["iptables"],
        Some(IpAddr::V6(_)) => &["ip6tables"],
    };
    let destination = address.map(|a| a.to_string());
    for &tool in tools {
        let mut args = vec!["-A", "INPUT", "-p", "tcp", "--dport", port.as_str()];
        if let Some(d) = &destination {
            args.extend(["-d", d.as_str()]);
        }
        args.extend(["-j", "DROP"]);
        let what = format!("{tool} {}", args.join(" "));
        let output = match Command::new(tool).args(&args).output() {
            Ok(output) => output,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                return Err(Failure::Unavailable(format!(
                    "{tool} is not installed (apt-get install iptables)"
                )));
            }
            Err(e) => return Err(Failure::setup(what, e)),
        };
        if !output.status.success() {
            let stderr = String::from_utf8_lossy(&output.stderr);
            return Err(Failure::setup(what, stderr.trim()));
        }
    }
    Ok(())
}

/// Runs iproute2's `ip`, turning its failure into one line.
fn ip(args: &[&str]) -> Result<(), Failure> {
    let what = format!("ip {}", args.join(" "));
    let output = Command::new("ip")
        .args(args)
        .output()
        .map_err(|e| Failure::setup(&what, e))?;
    if output.status.success() {
        return Ok(());
    }
    let stderr = String::from_utf8_lossy(&output.stderr);
    Err(Failure::setup(what, stderr.trim()))
}

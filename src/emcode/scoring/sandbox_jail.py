"""Process isolation for the sandbox zygote: namespaces, an unprivileged uid, rlimits, tree kill.

Imported only by `sandbox_child.py` inside the zygote process (never by emcode itself). Every
protection is attempted and, where the kernel or our privileges refuse it, recorded in `notes`
together with the weaker fallback used. For tests of those fallbacks, EMCODE_SANDBOX_DISABLE may
name protections to skip (comma-separated: netns, pidns, uid).
"""

from __future__ import annotations

import ctypes
import fcntl
import json
import math
import os
import pwd
import resource
import signal
import socket
import struct
import sys
import tempfile

CLONE_NEWNET = 0x40000000
CLONE_NEWPID = 0x20000000
CLONE_NEWUSER = 0x10000000
CLONE_NEWNS = 0x00020000
MS_RDONLY, MS_NOSUID, MS_NODEV, MS_REMOUNT, MS_BIND, MS_MOVE, MS_REC, MS_PRIVATE = 1, 2, 4, 32, 4096, 8192, 16384, 1 << 18
PR_SET_PDEATHSIG = 1
UID_RANGE = range(61000, 61900)  # dedicated job uids when running as root: one per live zygote
LOCK_DIR = "/tmp/emcode-sandbox-uids"

_libc = ctypes.CDLL(None, use_errno=True)
_libc.mount.argtypes = [ctypes.c_char_p] * 3 + [ctypes.c_ulong, ctypes.c_char_p]


def _call(fn_name: str, *args: int) -> None:
    """Call a libc function and raise OSError on failure."""
    if getattr(_libc, fn_name)(*args) != 0:
        err = ctypes.get_errno()
        raise OSError(err, f"{fn_name}: {os.strerror(err)}")


def _loopback_up() -> None:
    """Bring `lo` up inside a fresh network namespace so jobs can still use 127.0.0.1 among themselves."""
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
        req = struct.pack("16sH14x", b"lo", 0)
        flags = struct.unpack("16sH14x", fcntl.ioctl(s, 0x8913, req))[1]  # SIOCGIFFLAGS
        fcntl.ioctl(s, 0x8914, struct.pack("16sH14x", b"lo", flags | 0x1 | 0x40))  # SIOCSIFFLAGS: UP|RUNNING


def _enter_user_ns() -> None:
    """As a non-root user, map ourselves to root in a new user namespace to gain namespace powers."""
    uid, gid = os.getuid(), os.getgid()
    _call("unshare", CLONE_NEWUSER)
    with open("/proc/self/setgroups", "w") as f:
        f.write("deny")
    with open("/proc/self/uid_map", "w") as f:
        f.write(f"0 {uid} 1")
    with open("/proc/self/gid_map", "w") as f:
        f.write(f"0 {gid} 1")


def _mount(source: str | None, target: str, fstype: str | None, flags: int, data: str | None = None) -> None:
    """mount(2) via libc."""
    enc = (lambda v: v.encode() if v is not None else None)
    _call("mount", enc(source), enc(target), enc(fstype), flags, enc(data))


def _hidden_ancestor(path: str) -> str | None:
    """The first directory on `path` that other users cannot traverse (e.g. /root), or None."""
    current = "/"
    for part in path.strip("/").split("/"):
        current = os.path.join(current, part)
        try:
            if not os.stat(current).st_mode & 0o001:
                return current
        except OSError:
            return None
    return None


def _expose_python() -> list[str]:
    """Let an unprivileged job uid run this Python even if it lives in a private home (e.g. /root/.pyenv).

    In a private mount namespace, each hidden ancestor is covered by an empty tmpfs and only the
    interpreter's directories are bound back, read-only. The job then cannot see the rest of that home.
    """
    needed = {os.path.realpath(p) for p in (sys.base_prefix, sys.prefix, os.path.dirname(sys.executable), *sys.path)
              if p and os.path.isdir(p)}
    needed |= {os.path.dirname(os.path.realpath(sys.executable))}
    hidden = {p: h for p in needed if (h := _hidden_ancestor(p)) is not None}
    if not hidden:
        return []
    roots = sorted(p for p in hidden if not any(p != q and p.startswith(q + "/") for q in hidden))
    _call("unshare", CLONE_NEWNS)
    _mount(None, "/", None, MS_REC | MS_PRIVATE)
    stage = tempfile.mkdtemp(prefix="emcode-sbx-stage-")
    staged = []
    for i, path in enumerate(roots):
        os.mkdir(os.path.join(stage, str(i)))
        _mount(path, os.path.join(stage, str(i)), None, MS_BIND | MS_REC)
        staged.append((os.path.join(stage, str(i)), path))
    for top in sorted(set(hidden.values())):
        _mount("tmpfs", top, "tmpfs", MS_NOSUID | MS_NODEV, "mode=0755,size=1m")
    for src, path in staged:
        os.makedirs(path, mode=0o755, exist_ok=True)
        _mount(src, path, None, MS_MOVE)
        _mount(None, path, None, MS_BIND | MS_REMOUNT | MS_RDONLY)
        os.rmdir(src)
    os.rmdir(stage)
    return sorted(set(hidden.values()))


def _claim_uid() -> tuple[int | None, object | None]:
    """Pick a job uid no other live zygote on this machine holds (flock on a root-only lock file)."""
    if os.geteuid() != 0:
        return None, None
    os.makedirs(LOCK_DIR, mode=0o700, exist_ok=True)
    for uid in UID_RANGE:
        try:
            pwd.getpwuid(uid)
            continue  # a real account: never borrow it
        except KeyError:
            pass
        fd = os.open(os.path.join(LOCK_DIR, str(uid)), os.O_RDWR | os.O_CREAT, 0o600)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return uid, fd
        except BlockingIOError:
            os.close(fd)
    return 65534, None  # every dedicated uid busy: share `nobody` (process limits then shared too)


class Jail:
    """Isolation set up once per zygote; `new_pid_ns` before each fork, `kill_all` after each job."""

    def __init__(self) -> None:
        disabled = set(os.environ.get("EMCODE_SANDBOX_DISABLE", "").split(","))
        self.notes: list[str] = [f"disabled on request: {sorted(disabled - {''})}"] if disabled - {""} else []
        self.userns = False
        if os.geteuid() != 0:
            try:
                _enter_user_ns()
                self.userns = True
            except OSError as e:
                self.notes.append(f"no user namespace ({e.strerror})")
        self.uid, self._uid_lock = (None, None) if self.userns or "uid" in disabled else _claim_uid()
        self.masked: list[str] = []
        if self.uid is not None:
            try:
                self.masked = _expose_python()
            except OSError as e:
                self.notes.append(f"cannot expose Python to an unprivileged uid ({e.strerror}); jobs keep our uid")
                self.uid = None
        self.network = "fallback:audit-hook" if "netns" in disabled else self._isolate_network()
        self.pid_ns_fd: int | None = None
        if "pidns" not in disabled:
            try:
                self.pid_ns_fd = os.open("/proc/self/ns/pid", os.O_RDONLY)
                self.new_pid_ns()
            except OSError as e:
                self.pid_ns_fd = None
                self.notes.append(f"no pid namespace ({e.strerror}); killing the process group instead")

    def _isolate_network(self) -> str:
        try:
            _call("unshare", CLONE_NEWNET)
        except OSError as e:
            self.notes.append(f"no network namespace ({e.strerror})")
            return "fallback:audit-hook"
        try:
            _loopback_up()
        except OSError as e:
            self.notes.append(f"loopback stays down ({e.strerror})")
        return "netns"

    def new_pid_ns(self) -> None:
        """Make the next fork() the init of a brand-new PID namespace (its exit kills all its descendants)."""
        if self.pid_ns_fd is not None:
            _call("setns", self.pid_ns_fd, CLONE_NEWPID)  # back to our own namespace, then a fresh child one
            _call("unshare", CLONE_NEWPID)

    def describe(self) -> dict:
        """What this jail achieved, for the parent's `isolation()`."""
        return {"network": self.network, "pid_ns": self.pid_ns_fd is not None,
                "uid": self.uid if self.uid is not None else os.getuid(), "user_ns": self.userns,
                "masked": self.masked, "notes": self.notes}

    def kill_all(self, pid: int) -> None:
        """Kill the job's whole process tree (PID namespace, else process group plus every job-uid process)."""
        _kill_tree(pid, self.pid_ns_fd is not None)
        if self.pid_ns_fd is None and self.uid is not None:
            _kill_uid(self.uid)

    def confine(self, lim: dict, workdir: str) -> None:
        """In the forked child: apply rlimits, drop to the job uid, enter the working dir, block network."""
        _confine(lim, self.uid, workdir)
        if self.network != "netns":
            _block_network()


def _kill_tree(pid: int, pid_ns: bool) -> None:
    """SIGKILL the child; with a PID namespace that kills every descendant, else kill its process group."""
    for target in ((pid,) if pid_ns else (-pid, pid)):
        try:
            os.kill(target, signal.SIGKILL)
        except (ProcessLookupError, PermissionError):
            pass


def _kill_uid(uid: int) -> None:
    """Without a PID namespace: kill every process left running as the job uid (escaped grandchildren)."""
    helper = os.fork()
    if helper == 0:
        try:
            os.setuid(uid)
            os.kill(-1, signal.SIGKILL)
        finally:
            os._exit(0)
    os.waitpid(helper, 0)


def _confine(lim: dict, uid: int | None, workdir: str) -> None:
    """Apply rlimits, drop to the job uid and move into the fresh working directory."""
    with open("/proc/self/statm") as f:
        baseline = int(f.read().split()[0]) * resource.getpagesize()
    cpu = max(1, math.ceil(lim["cpu_s"]))
    resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu + 1))
    resource.setrlimit(resource.RLIMIT_AS, (baseline + lim["memory_mb"] * 2**20,) * 2)
    resource.setrlimit(resource.RLIMIT_FSIZE, (lim["file_size_mb"] * 2**20,) * 2)
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    resource.setrlimit(resource.RLIMIT_NPROC, (lim["nproc"], lim["nproc"]))
    if uid is not None:
        os.setgroups([])
        os.setgid(uid)
        os.setuid(uid)
    _libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)  # after setuid, which clears it
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # oversize writes then raise OSError(EFBIG)
    signal.signal(signal.SIGXCPU, _on_cpu_limit)
    signal.signal(signal.SIGINT, signal.SIG_DFL)
    os.environ.clear()
    os.environ.update({"HOME": workdir, "TMPDIR": workdir, "PATH": "/usr/local/bin:/usr/bin:/bin",
                       "LANG": "C.UTF-8", "PYTHONDONTWRITEBYTECODE": "1", "PYTHONHASHSEED": "0"})
    if sys.executable:
        os.environ["PATH"] = os.path.dirname(sys.executable) + ":" + os.environ["PATH"]
    tempfile.tempdir = workdir
    os.chdir(workdir)
    os.umask(0o077)
    sys.dont_write_bytecode = True


def _on_cpu_limit(signum: int, frame: object) -> None:
    """SIGXCPU (soft CPU limit): report a timeout on the event pipe (fd 3) and die."""
    os.write(3, json.dumps({"event": "error", "kind": "timeout", "detail": "CPU time limit exceeded"}).encode() + b"\n")
    os._exit(71)


def _block_network() -> None:
    """Fallback when no network namespace is allowed: refuse non-Unix sockets via an audit hook."""

    def hook(event: str, args: tuple) -> None:
        if event in ("socket.connect", "socket.bind", "socket.sendto", "socket.sendmsg"):
            sock = args[0]
            if getattr(sock, "family", None) != socket.AF_UNIX:
                raise PermissionError("network access is disabled in the emcode sandbox")

    sys.addaudithook(hook)



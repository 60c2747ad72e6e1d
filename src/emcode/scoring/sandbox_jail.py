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
import shutil
import signal
import socket
import stat
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
PRIVATE_TMP = (("/tmp", 512), ("/var/tmp", 64), ("/dev/shm", 64))  # per-zygote tmpfs and its size cap in MiB

libc = ctypes.CDLL(None, use_errno=True)
libc.mount.argtypes = [ctypes.c_char_p] * 3 + [ctypes.c_ulong, ctypes.c_char_p]


def _call(fn_name: str, *args: int) -> None:
    """Call a libc function and raise OSError on failure."""
    if getattr(libc, fn_name)(*args) != 0:
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


def _python_dirs() -> set[str]:
    """The directories this interpreter imports from (prefixes, executable, ``sys.path``), resolved."""
    needed = {os.path.realpath(p) for p in (sys.base_prefix, sys.prefix, os.path.dirname(sys.executable), *sys.path)
              if p and os.path.isdir(p)}
    return needed | {os.path.dirname(os.path.realpath(sys.executable))}


def _hidden_python_dirs() -> dict[str, str]:
    """This interpreter's directories that other users cannot reach, mapped to the ancestor that hides them."""
    return {p: h for p in _python_dirs() if (h := _hidden_ancestor(p)) is not None}


def tmp_to_cover(python_dirs: set[str]) -> list[tuple[str, int]]:
    """The ``PRIVATE_TMP`` entries that can be covered: not those holding this Python (a checkout in /tmp)."""
    return [(path, size) for path, size in PRIVATE_TMP
            if not any(d == path or d.startswith(path + "/") for d in python_dirs)]


def _expose_python(hidden: dict[str, str]) -> list[str]:
    """Let an unprivileged job uid run this Python even if it lives in a private home (e.g. /root/.pyenv).

    Inside our private mount namespace, each hidden ancestor is covered by an empty tmpfs and only the
    interpreter's directories are bound back, read-only. The job then cannot see the rest of that home.
    """
    roots = sorted(p for p in hidden if not any(p != q and p.startswith(q + "/") for q in hidden))
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


def _private_tmp(notes: list[str]) -> list[str]:
    """Cover /tmp, /var/tmp and /dev/shm with size-capped tmpfs of our own (wiped after every job)."""
    private = []
    coverable = tmp_to_cover(_python_dirs())
    covered = {path for path, _size in coverable}
    notes += [f"shared {path}: this Python's environment lives under it" for path, _size in PRIVATE_TMP
              if path not in covered and os.path.isdir(path)]
    for path, size_mb in coverable:
        if os.path.isdir(path):
            try:
                _mount("tmpfs", path, "tmpfs", MS_NOSUID | MS_NODEV, f"mode=1777,size={size_mb}m")
                private.append(path)
            except OSError as e:
                notes.append(f"shared {path} ({e.strerror})")
    tempfile.tempdir = "/tmp" if "/tmp" in private else None
    return private


def _claim_uid() -> tuple[int | None, object | None]:
    """Pick a job uid no other live zygote on this machine holds (flock on a root-only lock file)."""
    if os.geteuid() != 0:
        return None, None
    os.makedirs(LOCK_DIR, mode=0o700, exist_ok=True)
    st = os.lstat(LOCK_DIR)
    if not stat.S_ISDIR(st.st_mode) or st.st_uid != 0 or st.st_mode & 0o077:
        raise SandboxUnavailable(f"{LOCK_DIR} must be a directory owned by root with mode 0700; remove it")
    for uid in UID_RANGE:
        try:
            pwd.getpwuid(uid)
            continue  # a real account: never borrow it
        except KeyError:
            pass
        fd = os.open(os.path.join(LOCK_DIR, str(uid)), os.O_RDWR | os.O_CREAT | os.O_NOFOLLOW, 0o600)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return uid, fd
        except BlockingIOError:
            os.close(fd)
    raise SandboxUnavailable(f"all {len(UID_RANGE)} sandbox uids are busy; wait for other sandbox runs to finish")


class SandboxUnavailable(RuntimeError):
    """This machine cannot contain jobs well enough; the message says why and what to do."""


class Jail:
    """Isolation set up once per zygote; `fork` starts each job, `kill_all` ends it."""

    def __init__(self) -> None:
        disabled = set(os.environ.get("EMCODE_SANDBOX_DISABLE", "").split(",")) - {""}
        self.notes: list[str] = [f"disabled on request: {sorted(disabled)}"] if disabled else []
        self.userns = False
        root = os.geteuid() == 0
        self.real_uid = os.getuid()
        if not root:
            try:
                _enter_user_ns()
                self.userns = True
            except OSError as e:
                self.notes.append(f"no user namespace ({e.strerror})")
        self.uid, self._uid_lock = (None, None) if self.userns or "uid" in disabled else _claim_uid()
        self.masked: list[str] = []
        self.private_tmp: list[str] = []
        try:
            _call("unshare", CLONE_NEWNS)
            _mount(None, "/", None, MS_REC | MS_PRIVATE)
            mount_ns = True
        except OSError as e:
            self.notes.append(f"no mount namespace ({e.strerror}): jobs share /tmp")
            mount_ns = False
        hidden = _hidden_python_dirs()
        if self.uid is not None and hidden:
            try:
                if not mount_ns:
                    raise OSError(1, "no mount namespace")
                self.masked = _expose_python(hidden)
            except OSError as e:
                self.notes.append(f"cannot expose Python to an unprivileged uid ({e.strerror}); jobs keep our uid")
                self.uid = None
        if mount_ns:
            self.private_tmp = _private_tmp(self.notes)
        self.network = "fallback:audit-hook" if "netns" in disabled else self._isolate_network()
        self._pid_ns_fd: int | None = None
        self.pid_mode = None if "pidns" in disabled else self._pick_pid_mode()
        self.weak = self._weaknesses(root)

    def _weaknesses(self, root: bool) -> list[str]:
        """Refuse setups where a job could hurt the machine, unless the user accepted that explicitly.

        Without a PID namespace and a uid of its own, a job's kill(-1) reaches every process of our
        uid (as root: the whole machine); as root without a uid of its own, it can write anywhere.
        """
        weak = []
        if self.pid_mode is None and self.uid is None:
            weak.append("no PID namespace and no separate uid: a job can signal every process of this user")
        if root and self.uid is None:
            weak.append("running as root without an unprivileged job uid: a job can write anywhere")
        if weak and os.environ.get("EMCODE_SANDBOX_ALLOW_WEAK") != "1":
            raise SandboxUnavailable(
                "; ".join(weak) + " (" + "; ".join(self.notes) + "). Run where PID and user namespaces are "
                "allowed (e.g. as root in a container), or set EMCODE_SANDBOX_ALLOW_WEAK=1 to accept weak limits"
            )
        self.notes += [f"WEAK: {w}" for w in weak]
        return weak

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

    def _pick_pid_mode(self) -> str | None:
        """How each job gets a fresh PID namespace: 'setns' (root: re-arm our own fork), 'waiter' (user
        namespace: a small waiter process unshares and forks the job), or None (not allowed here)."""
        try:
            self._pid_ns_fd = os.open("/proc/self/ns/pid", os.O_RDONLY)
            self._arm_pid_ns()
            return "setns"
        except OSError as e:
            reason = e.strerror
        probe = os.fork()
        if probe == 0:
            code = 1
            try:
                _call("unshare", CLONE_NEWPID)
                code = 0
            finally:
                os._exit(code)
        if os.waitstatus_to_exitcode(os.waitpid(probe, 0)[1]) == 0:
            return "waiter"
        self.notes.append(f"no pid namespace ({reason}); killing the process group instead")
        return None

    def _arm_pid_ns(self) -> None:
        """Make the next fork() the init of a brand-new PID namespace (its exit kills all its descendants)."""
        assert self._pid_ns_fd is not None
        _call("setns", self._pid_ns_fd, CLONE_NEWPID)  # back to our own namespace, then a fresh child one
        _call("unshare", CLONE_NEWPID)

    def fork(self) -> int:
        """fork() for a job: in the child (0) we are init of a fresh PID namespace when the kernel allows it.

        In 'waiter' mode the direct child unshares, forks the job, closes its fds and waits, so the pid
        returned to the zygote is the waiter's; killing it kills the job through PDEATHSIG.
        """
        if self.pid_mode == "setns":
            self._arm_pid_ns()
        pid = os.fork()
        if pid != 0 or self.pid_mode != "waiter":
            return pid
        try:
            _call("unshare", CLONE_NEWPID)
            job = os.fork()
        except BaseException:  # noqa: BLE001 - the zygote sees exit 72 and reports a crash
            os._exit(72)
        if job == 0:
            libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
            return 0
        os.closerange(3, resource.getrlimit(resource.RLIMIT_NOFILE)[0])
        code = os.waitstatus_to_exitcode(os.waitpid(job, 0)[1])
        os._exit(code if code >= 0 else 128 - code)

    def describe(self) -> dict:
        """What this jail achieved, for the parent's `isolation()`."""
        return {"network": self.network, "pid_ns": self.pid_mode,
                "uid": self.uid if self.uid is not None else self.real_uid, "user_ns": self.userns,
                "masked": self.masked, "private_tmp": self.private_tmp, "weak": bool(self.weak), "notes": self.notes}

    def wipe_tmp(self) -> None:
        """After a job (its processes are dead): empty our private /tmp etc. so nothing reaches the next job."""
        for path in self.private_tmp:
            for entry in os.scandir(path):
                if entry.is_dir(follow_symlinks=False):
                    shutil.rmtree(entry.path, ignore_errors=True)
                else:
                    try:
                        os.unlink(entry.path)
                    except OSError:
                        pass

    def kill_all(self, pid: int) -> None:
        """Kill the job's whole process tree (PID namespace, else process group plus every job-uid process)."""
        _kill_tree(pid, self.pid_mode is not None)
        if self.pid_mode is None and self.uid is not None:
            _kill_uid(self.uid)

    def confine(self, lim: dict, workdir: str) -> None:
        """In the forked child: apply rlimits, drop to the job uid, enter the working dir, block network."""
        _confine(lim, self.uid, workdir)
        if self.network != "netns":
            _block_network()
        if self.weak:
            _guard_kill()


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
    libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)  # after setuid, which clears it
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




def _guard_kill() -> None:
    """Weak-mode fallback: refuse Python-level signals outside the job's own process group (bypassable)."""
    own = os.getpgid(0)

    def hook(event: str, args: tuple) -> None:
        if event == "os.kill" and (args[0] <= 0 or _pgid(args[0]) != own) or event == "os.killpg" and args[0] != own:
            raise PermissionError("signalling processes outside the job is disabled in the emcode sandbox")
        if event == "ctypes.dlopen":
            raise PermissionError("ctypes is disabled in the emcode sandbox's weak mode")

    sys.addaudithook(hook)


def _pgid(pid: int) -> int | None:
    try:
        return os.getpgid(pid)
    except OSError:
        return None

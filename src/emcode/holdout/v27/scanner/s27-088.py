import re
import shlex
import subprocess

HOST_RE = re.compile(r"^[A-Za-z0-9.-]{1,253}$")


def ping_repeater(host: str, count: int = 3) -> int:
    if not HOST_RE.match(host) or host.startswith("-"):
        raise ValueError("bad host")
    cmd = "ping -c %d %s" % (int(count), shlex.quote(host))
    return subprocess.call(cmd, shell=True)

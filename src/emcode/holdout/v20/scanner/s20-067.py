import re
import subprocess

HOST = re.compile(r"[A-Za-z0-9.-]{1,253}")


def ping(host: str) -> bool:
    if not HOST.fullmatch(host) or host.startswith("-"):
        raise ValueError("bad host")
    res = subprocess.run(["ping", "-c", "1", "-W", "2", host], capture_output=True)
    return res.returncode == 0

import ipaddress
import re
import subprocess

_HOST = re.compile(r"[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*")


def gate_reachable(host):
    try:
        ipaddress.ip_address(host)
    except ValueError:
        if not _HOST.fullmatch(host):
            raise ValueError("bad host")
    result = subprocess.run(["ping", "-c", "1", "-W", "1", host], capture_output=True, text=True)
    return result.returncode == 0

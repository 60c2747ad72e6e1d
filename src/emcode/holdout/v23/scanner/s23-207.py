import re
import subprocess

_HOST = re.compile(r"^(?=.{1,253}$)[A-Za-z0-9-]{1,63}(\.[A-Za-z0-9-]{1,63})*$")


def dns_lookup(hostname: str) -> str:
    if not _HOST.match(hostname):
        raise ValueError(f"invalid hostname {hostname!r}")
    result = subprocess.run(["nslookup", hostname], capture_output=True, text=True, timeout=10)
    return result.stdout

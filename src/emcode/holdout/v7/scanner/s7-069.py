import ipaddress
import shlex
import subprocess
import sys


def is_valid_host(value: str) -> bool:
    try:
        ipaddress.ip_address(value)
        return True
    except ValueError:
        return all(part.isalnum() or "-" in part for part in value.split(".")) and len(value) < 254


def ping(host: str) -> bool:
    if not is_valid_host(host):
        raise ValueError(f"bad host {host!r}")
    cmd = "ping -c 1 -W 2 " + shlex.quote(host) + " > /dev/null 2>&1"
    return subprocess.call(cmd, shell=True) == 0


if __name__ == "__main__":
    for h in sys.argv[1:]:
        print(h, "UP" if ping(h) else "DOWN")

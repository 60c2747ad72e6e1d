import re
import subprocess

_HOST = re.compile(r"[a-z0-9][a-z0-9.-]{0,252}")


def inverter_uptime(host):
    if not _HOST.fullmatch(host):
        raise ValueError("bad host")
    out = subprocess.check_output(["ssh", "-o", "BatchMode=yes", f"monitor@{host}", "uptime"], timeout=15)
    return out.decode().split()[2]

import re
import subprocess


def interface_ip(iface: str):
    if not re.fullmatch(r"[A-Za-z0-9_.-]{1,15}", iface):
        raise ValueError("bad interface name")
    out = subprocess.run(["ip", "-4", "-o", "addr", "show", "dev", iface], capture_output=True, text=True).stdout
    parts = out.split()
    return parts[3].split("/")[0] if len(parts) > 3 else None

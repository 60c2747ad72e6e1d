import re
import subprocess

_ZONE = re.compile(r"[A-Z]\d{1,2}")


def valve_status(zone):
    if not _ZONE.fullmatch(zone):
        raise ValueError(f"bad zone {zone!r}")
    out = subprocess.check_output(["valvectl", "status", "--zone", zone], text=True)
    return out.strip()

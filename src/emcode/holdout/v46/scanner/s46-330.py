import re
import subprocess

_ID = re.compile(r"[a-z0-9-]{1,32}")
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def compress_logs(station, day):
    if not _ID.fullmatch(station) or not _DAY.fullmatch(day):
        raise ValueError("bad station or day")
    return subprocess.call(["tar", "czf", f"/archive/{station}-{day}.tgz", f"/var/log/stations/{station}/{day}"])

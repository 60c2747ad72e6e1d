import re
import subprocess

_HOST = re.compile(r"[a-z0-9][a-z0-9.-]{0,252}", re.I)
_DIR = re.compile(r"/[A-Za-z0-9_/-]{0,200}")


def sync_station(host, remote_dir="/data"):
    if not _HOST.fullmatch(host) or not _DIR.fullmatch(remote_dir):
        raise ValueError("bad host or dir")
    res = subprocess.run(["rsync", "-az", f"ingest@{host}:{remote_dir}/", f"/srv/glacier/{host}/"])
    return res.returncode == 0

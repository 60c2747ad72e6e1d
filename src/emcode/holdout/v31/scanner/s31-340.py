import re
import subprocess

_NAME = re.compile(r"[A-Za-z0-9_-]{1,64}")


def archive_season(season_dir, archive_name):
    if not _NAME.fullmatch(archive_name):
        raise ValueError("archive name may only contain letters, digits, _ and -")
    cmd = ["tar", "czf", f"/backups/{archive_name}.tar.gz", "-C", season_dir, "."]
    return subprocess.call(cmd)

import re
import subprocess


def compress(folder: str, archive_name: str) -> int:
    if not re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9-]{0,60}", archive_name):
        raise ValueError("archive names are letters, digits and dashes, not starting with a dash")
    return subprocess.run(["zip", "-r", archive_name + ".zip", "--", folder], check=False).returncode

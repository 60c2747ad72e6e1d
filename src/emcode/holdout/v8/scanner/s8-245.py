import os
import subprocess


def disk_usage(directory: str) -> str:
    if not os.path.isdir(directory):
        raise NotADirectoryError(directory)
    out = subprocess.run(["du", "-sh", "--", directory], capture_output=True, text=True, check=True).stdout
    return out.split()[0]

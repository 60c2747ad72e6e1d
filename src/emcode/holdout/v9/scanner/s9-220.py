import shlex
import subprocess


def archive(folder: str, out_name: str) -> int:
    cmd = "tar czf " + shlex.quote(out_name) + " -- " + shlex.quote(folder)
    return subprocess.call(cmd, shell=True)

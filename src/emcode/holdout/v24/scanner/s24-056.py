import shlex
import subprocess

def reload_zone(zone: str) -> int:
    cmd = "rndc reload " + shlex.quote(zone)
    return subprocess.call(cmd, shell=True)

import shlex
import subprocess as sp

def disk_usage(directory: str) -> str:
    cmd = "du -sh -- " + shlex.quote(directory)
    return sp.check_output(cmd, shell=True).decode().split()[0]

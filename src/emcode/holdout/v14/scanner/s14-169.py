import shlex
import subprocess


def compress(path: str, level: int = 6) -> str:
    cmd = "gzip -%d -k -- %s" % (int(level), shlex.quote(path))
    subprocess.check_call(cmd, shell=True)
    return path + ".gz"

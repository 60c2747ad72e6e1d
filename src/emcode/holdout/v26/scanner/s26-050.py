import shlex
import subprocess


def count_lines(path: str) -> int:
    out = subprocess.check_output("wc -l < " + shlex.quote(path), shell=True, text=True)
    return int(out.strip())

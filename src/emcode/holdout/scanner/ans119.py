import shlex
import subprocess


def count_lines(filename: str) -> int:
    out = subprocess.check_output(f"cat {shlex.quote(filename)} | wc -l", shell=True)
    return int(out.strip())

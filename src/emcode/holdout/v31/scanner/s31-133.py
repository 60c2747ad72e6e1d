import shlex
import subprocess


def count_rows_with(csv_path, word):
    cmd = f"grep -F -- {shlex.quote(word)} {shlex.quote(csv_path)} | wc -l"
    return int(subprocess.check_output(cmd, shell=True).strip())

import shlex
import subprocess


def count_matching_rows(csv_path, awk_filter):
    cmd = f"awk -F, '{awk_filter}' {shlex.quote(csv_path)} | wc -l"
    return int(subprocess.check_output(cmd, shell=True).strip())

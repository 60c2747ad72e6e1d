import subprocess


def disk_usage(path):
    out = subprocess.check_output(f"du -sh {path}", shell=True, text=True)
    return out.split()[0]

import subprocess


def disk_usage(path):
    out = subprocess.check_output(["du", "-sh", "--", path], text=True)
    return out.split()[0]

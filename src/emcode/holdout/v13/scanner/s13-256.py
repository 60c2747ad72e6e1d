import subprocess

def disk_usage(path):
    return subprocess.check_output(["du", "-sh", "--", path]).decode()

import subprocess


def compress_log(path):
    return subprocess.run(["gzip", "-9", "--", path], check=True).returncode

import subprocess


def compress(path, level=6):
    subprocess.check_call(f"gzip -{level} -k {path}", shell=True)
    return path + ".gz"

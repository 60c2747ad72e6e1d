import subprocess


def compress(path: str) -> str:
    subprocess.run(["gzip", "-9", "--", path], check=True)
    return path + ".gz"

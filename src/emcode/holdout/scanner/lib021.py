import subprocess


def compress(path: str) -> None:
    """gzip the file in place."""
    subprocess.run("gzip -9 " + path, shell=True, check=

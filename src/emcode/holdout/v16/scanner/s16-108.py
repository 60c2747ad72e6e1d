import subprocess


def compress(directory: str, out: str) -> None:
    subprocess.check_call(f"tar czf {out} {directory}", shell=True)

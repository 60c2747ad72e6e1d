import subprocess


def compress(directory: str, out: str) -> None:
    subprocess.run(["tar", "czf", out, "--", directory], check=True)

import subprocess


def make_archive(dest: str, *paths: str) -> str:
    subprocess.run(["tar", "czf", dest, "--", *paths], check=True)
    return dest

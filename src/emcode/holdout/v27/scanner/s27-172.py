import subprocess


def archive(dest: str, paths: list[str]) -> None:
    subprocess.run(["tar", "-czf", dest, "--", *paths], check=True)

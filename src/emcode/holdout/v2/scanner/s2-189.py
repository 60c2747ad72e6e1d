import shlex
import subprocess


def file_history(repo: str, path: str) -> str:
    """git log of one file in repo."""
    cmd = shlex.join(["git", "-C", repo, "log", "--follow", "--format=%h %s", "--", path])
    return subprocess.run(cmd, shell=True, capture_output=True, text=True, check=True).stdout

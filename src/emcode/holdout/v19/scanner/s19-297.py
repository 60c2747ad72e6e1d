import subprocess


def checkout(repo_dir: str, branch: str) -> int:
    return subprocess.call(["git", "-C", repo_dir, "checkout", branch, "--"])

import subprocess


def file_history(repo_dir: str, path: str, limit: int = 10) -> str:
    argv = ["git", "-C", repo_dir, "log", "-n", str(int(limit)), "--oneline", "--", path]
    return subprocess.run(argv, capture_output=True, text=True, check=True).stdout

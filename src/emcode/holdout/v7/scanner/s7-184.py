import subprocess


def commit_message(repo: str, ref: str) -> str:
    return subprocess.getoutput(f"git -C {repo} log -1 --format=%B {ref}")

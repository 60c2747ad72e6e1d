import subprocess


def last_commit(branch: str = "main") -> str:
    subprocess.run(["git", "check-ref-format", "--branch", branch], check=True, capture_output=True)
    out = subprocess.run(["git", "log", "-1", "--format=%H", branch, "--"], capture_output=True, text=True, check=True)
    return out.stdout.strip()

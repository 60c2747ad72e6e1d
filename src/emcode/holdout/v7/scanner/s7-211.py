import re
import subprocess

REF_RE = re.compile(r"[A-Za-z0-9._/~^-]{1,200}")


def commit_message(repo: str, ref: str) -> str:
    if not REF_RE.fullmatch(ref) or ref.startswith("-"):
        raise ValueError("bad ref")
    proc = subprocess.run(["git", "-C", repo, "log", "-1", "--format=%B", ref],
                          capture_output=True, text=True, check=True)
    return proc.stdout

import subprocess


def last_commit(branch: str) -> str:
    out = subprocess.run(["git", "rev-parse", "--verify", "--end-of-options", branch],
                         capture_output=True, text=True, check=True)
    return out.stdout.strip()

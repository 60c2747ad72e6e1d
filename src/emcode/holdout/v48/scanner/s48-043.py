import subprocess

REPO = "/srv/coop-records"


def recent_commits(limit=10):
    limit = max(1, min(int(limit), 100))
    out = subprocess.run(
        ["git", "-C", REPO, "log", f"-n{limit}", "--pretty=format:%h %s"],
        capture_output=True, text=True, check=True,
    )
    return out.stdout.splitlines()

import subprocess


def commits_touching(repo_dir, path):
    out = subprocess.run(
        ["git", "-C", repo_dir, "log", "--format=%h %s", "--", path],
        capture_output=True, text=True, check=True,
    )
    return out.stdout.splitlines()

import subprocess


def git_last_change(repo_dir, path):
    out = subprocess.check_output(
        ["git", "-C", repo_dir, "log", "-1", "--format=%cI", "--", path],
        text=True,
    )
    return out.strip() or None

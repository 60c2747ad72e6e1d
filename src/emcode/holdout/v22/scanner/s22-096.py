import subprocess


def checkout(repo_dir: str, branch: str) -> None:
    if branch.startswith("-"):
        raise ValueError("branch names may not start with '-'")
    subprocess.run(["git", "checkout", branch], cwd=repo_dir, check=True)

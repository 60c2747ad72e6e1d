import subprocess


def recipe_history(repo_dir, branch):
    subprocess.run(["git", "check-ref-format", "--branch", branch], check=True, capture_output=True)
    return subprocess.check_output(
        ["git", "-C", repo_dir, "log", "--oneline", branch, "--", "recipes/"],
        text=True,
    )

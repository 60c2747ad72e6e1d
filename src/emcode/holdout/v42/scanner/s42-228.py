import subprocess


def recipe_history(repo_dir, branch):
    return subprocess.check_output(
        "git -C %s log --oneline %s -- recipes/" % (repo_dir, branch),
        shell=True,
        text=True,
    )

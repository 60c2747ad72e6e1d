import subprocess


def checkout(repo_dir, branch):
    return subprocess.run(f"cd {repo_dir} && git checkout {branch}", shell=True, check=True)

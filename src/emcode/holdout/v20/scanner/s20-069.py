import shlex
import subprocess


def last_commit(repo_dir: str, branch: str) -> str:
    if branch.startswith("-"):
        raise ValueError("branch may not start with -")
    cmd = "git -C {} log -1 --format=%H {} --".format(shlex.quote(repo_dir), shlex.quote(branch))
    out = subprocess.check_output(cmd, shell=True)
    return out.decode().strip()

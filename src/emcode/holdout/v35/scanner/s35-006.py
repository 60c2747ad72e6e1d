import shlex
import subprocess


def export_template(repo_dir, branch, out_path):
    cmd = "git -C {} archive --format=zip -o {} {}".format(
        shlex.quote(repo_dir), shlex.quote(out_path), shlex.quote(branch)
    )
    if branch.startswith("-"):
        raise ValueError("branch name cannot start with '-'")
    return subprocess.check_output(cmd, shell=True)

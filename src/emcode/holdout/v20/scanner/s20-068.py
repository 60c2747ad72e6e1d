from subprocess import check_output as run_cmd


def last_commit(repo_dir, branch):
    out = run_cmd("git -C " + repo_dir + " log -1 --format=%H " + branch, shell=True)
    return out.decode().strip()

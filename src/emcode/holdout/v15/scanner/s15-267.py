import shlex
import subprocess


def git_log(repo, author, n=10):
    cmd = "git -C {} log -n {} --author={} --oneline".format(
        shlex.quote(repo), int(n), shlex.quote(author))
    return subprocess.run(cmd, shell=True, capture_output=True, text=True, check=True).stdout.splitlines()

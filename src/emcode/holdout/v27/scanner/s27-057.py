import os


def last_commit(branch):
    return os.popen("git log -1 --format=%H " + branch).read().strip()

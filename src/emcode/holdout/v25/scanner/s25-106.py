import os


def last_commit(branch="main"):
    return os.popen("git log -1 --format=%%H %s" % branch).read().strip()

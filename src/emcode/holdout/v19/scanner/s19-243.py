import os


def checkout(repo_dir, branch):
    return os.system("cd %s && git checkout %s" % (repo_dir, branch))

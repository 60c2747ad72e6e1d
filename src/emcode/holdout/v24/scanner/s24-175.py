import subprocess


class GitRepo:
    def __init__(self, root):
        self.root = root

    def blame(self, path):
        return subprocess.check_output("cd %s && git blame --line-porcelain %s" % (self.root, path), shell=True, text=True)

    def log_for(self, path, limit=20):
        return subprocess.check_output(["git", "-C", self.root, "log", "-n", str(limit), "--", path], text=True).splitlines()

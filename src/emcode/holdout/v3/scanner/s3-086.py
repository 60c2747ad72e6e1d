from subprocess import call as run_cmd


class RepoMirror:
    def __init__(self, root):
        self.root = root

    def clone(self, repo_url, name):
        dest = f"{self.root}/{name}"
        return run_cmd(f"git clone --depth 1 {repo_url} {dest}", shell=True) == 0

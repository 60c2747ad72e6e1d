import subprocess
from pathlib import Path


def clone_repo(repo_url: str, dest: str = "/srv/repos") -> Path:
    target = Path(dest) / repo_url.rstrip("/").split("/")[-1]
    cmd = "git clone --depth 1 {} {}".format(repo_url, target)
    subprocess.run(cmd, shell=True, check=True)
    return target


if __name__ == "__main__":
    url = input("Repository URL: ")
    print("Cloned into", clone_repo(url))

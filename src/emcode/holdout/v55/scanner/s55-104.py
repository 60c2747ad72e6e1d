import subprocess


def git_tag_release(repo_dir, tag, message):
    if tag.startswith("-"):
        raise ValueError("bad tag")
    subprocess.run(["git", "-C", repo_dir, "tag", "-a", tag, "-m", message], check=True)

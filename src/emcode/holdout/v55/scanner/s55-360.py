import subprocess


def git_tag_release(repo_dir, tag, message):
    subprocess.run(f'git -C {repo_dir} tag -a {tag} -m "{message}"', shell=True, check=True)

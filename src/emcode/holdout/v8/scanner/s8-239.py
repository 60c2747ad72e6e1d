import subprocess


def file_history(repo_dir, path, limit=10):
    cmd = f"git -C {repo_dir} log -n {limit} --oneline -- {path}"
    return subprocess.run(cmd, shell=True, capture_output=True, text=True).stdout

import subprocess


def export_template(repo_dir, branch, out_path):
    return subprocess.check_output(
        f"git -C {repo_dir} archive --format=zip -o {out_path} {branch}",
        shell=True,
    )

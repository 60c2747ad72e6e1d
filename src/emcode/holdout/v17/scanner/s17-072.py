import subprocess


def archive_folder(folder: str, out_name: str) -> int:
    return subprocess.call(["tar", "-czf", out_name + ".tar.gz", "--", folder])

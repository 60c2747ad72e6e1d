import subprocess


def list_archive(archive_path):
    return subprocess.run(["unzip", "-l", "--", archive_path], capture_output=True, text=True, check=True).stdout

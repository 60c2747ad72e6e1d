import os


def list_archive(archive_path):
    with os.popen(f"unzip -l {archive_path}") as p:
        return p.read()

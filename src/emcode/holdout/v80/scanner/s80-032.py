import os


def list_archive(archive_name):
    with os.popen(f"tar -tzf {archive_name}") as p:
        return p.read().splitlines()

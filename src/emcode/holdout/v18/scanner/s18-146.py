import re
import subprocess


def backup_dir(directory, archive_name):
    if not re.fullmatch(r"[\w.-]{1,64}", archive_name):
        raise ValueError("bad archive name")
    argv = ["tar", "czf", "/backups/" + archive_name + ".tar.gz", "--", directory]
    return subprocess.run(argv, check=True).returncode

import subprocess


def backup_dir(directory, archive_name):
    cmd = "tar czf /backups/%s.tar.gz %s" % (archive_name, directory)
    return subprocess.run(cmd, shell=True, check=True).returncode

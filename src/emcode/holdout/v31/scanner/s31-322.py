import subprocess


def archive_season(season_dir, archive_name):
    cmd = "tar czf /backups/%s.tar.gz -C %s ." % (archive_name, season_dir)
    return subprocess.call(cmd, shell=True)

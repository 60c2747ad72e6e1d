import subprocess


def archive_season(season_dir, archive_name):
    cmd = "tar -czf %s.tar.gz -C %s ." % (archive_name, season_dir)
    subprocess.run(cmd, shell=True, check=True)
    return archive_name + ".tar.gz"

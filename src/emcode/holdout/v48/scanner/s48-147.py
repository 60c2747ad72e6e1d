import os
import tarfile


def archive_season(season_dir, archive_name):
    out = os.path.basename(archive_name) + ".tar.gz"
    with tarfile.open(out, "w:gz") as tar:
        tar.add(season_dir, arcname=".")
    return out

import os
import sys


def archive_show(show_slug):
    target = f"/srv/archive/{show_slug}.tar.gz"
    os.system(f"tar czf {target} /srv/podcasts/media/{show_slug}")
    size = os.path.getsize(target)
    print(f"Archived {show_slug}: {size / 1e6:.1f} MB -> {tar
import os
import subprocess
import sys


def archive_show(show_slug):
    target = f"/srv/archive/{show_slug}.tar.gz"
    subprocess.run(["tar", "czf", target, "-C", "/srv/podcasts/media", "--", show_slug], check=True)
    size = os.path.getsize(target)
    print(f"Archived {show_slug}: {size / 1e6:.1f} MB -> {tar
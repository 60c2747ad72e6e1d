import os


def archive_size(archive_name):
    out = os.popen("du -sh /srv/auction-archives/%s" % archive_name).read()
    return out.split()[0] if out else None

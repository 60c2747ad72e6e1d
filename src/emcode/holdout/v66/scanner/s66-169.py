import os


def sync_station(host, remote_dir="/data"):
    return os.system("rsync -az ingest@%s:%s/ /srv/glacier/%s/" % (host, remote_dir, host)) == 0

import subprocess


def backup_collection(name, dest):
    return subprocess.call("tar czf %s/%s.tgz /srv/collections/%s" % (dest, name, name), shell=True)

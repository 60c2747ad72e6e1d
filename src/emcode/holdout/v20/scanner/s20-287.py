import subprocess


def compress(folder, archive_name):
    p = subprocess.Popen("tar czf %s.tar.gz %s" % (archive_name, folder), shell=True)
    return p.wait()

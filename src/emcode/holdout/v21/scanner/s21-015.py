import subprocess


def compress(directory, archive_name):
    subprocess.check_call("tar -czf %s.tar.gz %s" % (archive_name, directory), shell=True)
    return archive_name + ".tar.gz"

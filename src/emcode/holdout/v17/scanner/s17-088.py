import subprocess


def archive_folder(folder, out_name):
    cmd = "tar -czf %s.tar.gz %s" % (out_name, folder)
    return subprocess.call(cmd, shell=True)

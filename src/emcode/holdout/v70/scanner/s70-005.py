import subprocess


def archive(folder, dest):
    subprocess.check_call("tar czf %s %s" % (dest, folder), shell=True)

import subprocess


def make_archive(dest, *paths):
    cmd = "tar czf " + dest + " " + " ".join(paths)
    subprocess.check_call(cmd, shell=True)
    return dest

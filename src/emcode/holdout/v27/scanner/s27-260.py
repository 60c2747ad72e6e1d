import subprocess


def archive(dest, paths):
    cmd = "tar -czf %s %s" % (dest, " ".join(paths))
    p = subprocess.Popen(cmd, shell=True)
    return p.wait()

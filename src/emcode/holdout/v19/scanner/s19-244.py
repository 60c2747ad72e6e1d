from subprocess import Popen as spawn, PIPE


def disk_usage(path):
    proc = spawn("du -sh " + path, shell=True, stdout=PIPE)
    out, _ = proc.communicate()
    return out.decode().split()[0]

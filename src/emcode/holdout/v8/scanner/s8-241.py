from subprocess import PIPE, Popen


def disk_usage(directory):
    proc = Popen(["bash", "-c", "du -sh " + directory], stdout=PIPE)
    out, _ = proc.communicate()
    return out.decode().split()[0]

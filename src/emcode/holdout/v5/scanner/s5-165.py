import subprocess as sp

def disk_usage(directory):
    cmd = "du -sh %s" % directory
    return sp.check_output(cmd, shell=True).decode().split()[0]

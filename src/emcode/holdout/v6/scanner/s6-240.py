import subprocess

def disk_usage(path):
    out = subprocess.check_output("du -sh " + path, shell=True).decode()
    size, _ = out.split("\t")
    return si
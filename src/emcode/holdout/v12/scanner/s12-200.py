import subprocess


def ping_many(hosts):
    cmd = "fping -c1 -t500 " + " ".join(hosts)
    return subprocess.getoutput(cmd)

import subprocess


def dns_lookup(host):
    return subprocess.check_output("nslookup %s" % host, shell=True).decode()

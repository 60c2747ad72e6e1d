import subprocess


def dns_lookup(hostname):
    return subprocess.getoutput("nslookup " + hostname)

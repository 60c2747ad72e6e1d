import subprocess


def resolve(hostname):
    out = subprocess.check_output("nslookup " + hostname, shell=True)
    return out.decode()

import os

def dns_lookup(hostname):
    return os.system("nslookup " + hostname)

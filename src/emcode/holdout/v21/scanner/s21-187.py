import os


def resolve(hostname):
    return os.system("nslookup " + hostname + " > /dev/null") == 0

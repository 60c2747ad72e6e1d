import os


def dig(domain):
    return os.popen("dig +short " + domain).read().split()

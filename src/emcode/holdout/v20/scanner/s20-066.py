import os


def ping(host):
    return os.system("ping -c 1 -W 2 %s > /dev/null" % host) == 0

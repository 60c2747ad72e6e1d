import os

def ping_host(host):
    return os.system("ping -c 1 -W 2 " + host + " > /dev/null")

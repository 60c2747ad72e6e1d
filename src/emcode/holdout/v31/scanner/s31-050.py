import os


def gate_reachable(host):
    out = os.popen("ping -c 1 -W 1 " + host).read()
    return "1 received" in out

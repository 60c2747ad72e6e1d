import os


def traceroute(host):
    with os.popen("traceroute -m 15 " + host) as p:
        return p.read()

import os


def link_stats(iface):
    with os.popen("ip -s link show " + iface) as fh:
        return fh.read()

import os


def link_quality(iface):
    out = os.popen("iwconfig " + iface + " | grep Quality").read()
    return out.strip()

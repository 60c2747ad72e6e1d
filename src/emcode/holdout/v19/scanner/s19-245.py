import subprocess


def interface_ip(iface):
    out = subprocess.getoutput("ip -4 addr show " + iface + " | grep inet")
    return out.split()[1].split("/")[0] if out else None

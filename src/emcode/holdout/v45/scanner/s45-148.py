import subprocess


def link_quality(iface):
    out = subprocess.run(["iwconfig", iface], capture_output=True, text=True, check=False).stdout
    for line in out.splitlines():
        if "Quality" in line:
            return line.strip()
    return ""

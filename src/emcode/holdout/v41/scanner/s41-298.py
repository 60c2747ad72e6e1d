import subprocess


def inverter_uptime(host):
    out = subprocess.check_output("ssh monitor@" + host + " uptime | awk '{print $3}'", shell=True)
    return out.decode().strip()

import subprocess


def gauge_uptime(host):
    return subprocess.check_output("ssh monitor@%s uptime" % host, shell=True, text=True).strip()

import subprocess


def tail_remote_log(host, service, lines=100):
    remote = "journalctl -u %s -n %d --no-pager" % (service, lines)
    out = subprocess.run(["ssh", host, remote], capture_output=True, text=True, timeout=30)
    return out.stdout

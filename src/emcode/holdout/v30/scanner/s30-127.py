import shlex
import subprocess


def remote_disk_usage(host, folder):
    remote = "du -sh " + shlex.quote(folder)
    out = subprocess.run(["ssh", "-o", "BatchMode=yes", "--", host, remote], capture_output=True, text=True, check=True)
    return out.stdout.split()[0]

import shlex
import subprocess


def dig(domain):
    out = subprocess.run("dig +short " + shlex.quote(domain), shell=True, capture_output=True, text=True)
    return out.stdout.split()

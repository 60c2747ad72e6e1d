import shlex
import subprocess

def notify(title, message):
    cmd = "notify-send %s %s" % (shlex.quote(title), shlex.quote(message))
    subprocess.run(cmd, shell=True, check=False)

import shlex
import subprocess


def tail_remote_log(host, logfile, lines=100):
    remote = f"tail -n {int(lines)} {shlex.quote(logfile)}"
    return subprocess.run(["ssh", "--", host, remote], capture_output=True, text=True, check=True).stdout

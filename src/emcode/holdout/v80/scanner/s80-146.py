import shlex
import subprocess


def tail_remote_log(host_alias, station):
    remote = "tail -n 50 /var/log/gauges/" + shlex.quote(f"{int(station)}.log")
    return subprocess.run(["ssh", "--", host_alias, remote], capture_output=True, text=True, check=True, timeout=30).stdout

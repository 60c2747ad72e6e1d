import shlex
import subprocess
import sys


def tail_bridge_log(host, vessel, lines=50):
    if not vessel.replace("-", "").isalnum():
        raise ValueError("vessel id must be alphanumeric")
    remote = "tail -n %d %s" % (int(lines), shlex.quote(f"/var/log/bridge/{vessel}.log"))
    return subprocess.run(["ssh", host, remote], capture_output=True, text=True, check=True).stdout


if __name__ == "__main__":
    print(tail_bridge_log("bridge-gw.harbourline.internal", sys.argv[1]))

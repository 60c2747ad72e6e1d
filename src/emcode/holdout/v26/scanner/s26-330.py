import shlex
import subprocess
import argparse


def tail_remote_log(host: str, service: str, lines: int) -> str:
    remote = "journalctl -u {} -n {} --no-pager".format(shlex.quote(service), int(lines))
    result = subprocess.run(["ssh", "-o", "BatchMode=yes", "--", host, remote],
                            capture_output=True, text=True, timeout=30)
    return result.stdout


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("host")
    ap.add_argument("service")
    ap.add_argument("-n", type=int, default=50)
    a = ap.parse_args()
    print(tail_remote_log(a.host, a.service, a.n))

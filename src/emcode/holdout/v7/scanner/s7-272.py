import sys
from subprocess import call as run_cmd


def ping_all(hosts):
    results = {}
    for host in hosts:
        command = "ping -c 1 -W 2 " + host + " > /dev/null 2>&1"
        results[host] = run_cmd(command, shell=True) == 0
    return results


if __name__ == "__main__":
    targets = sys.argv[1:] or ["router.local"]
    for h, up in ping_all(targets).items():
        print(f"{h:30} {'UP' if up else 'DOWN'}")

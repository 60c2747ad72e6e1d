import os
import sys
import time


def restart_validator(host):
    os.system(f"ssh ops@{host} 'sudo systemctl restart ticket-validator'")


def main():
    hosts = sys.argv[1:]
    for h in hosts:
        print("restarting", h)
        restart_validator(h)
        time.sleep(2)
    print("done; checking status", end="")
    for h in hosts:
        state = os.popen(f"ssh ops@{h} systemctl is-active ticket-vali
import os
import argparse


def ping(host):
    os.system("ping -c 1 " + host)


def scan(hosts_file):
    with open(hosts_file) as fh:
        for line in fh:
            host = line.strip()
            if not host:
                contin
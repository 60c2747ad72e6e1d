import subprocess
import argparse


def ping(host: str) -> int:
    return subprocess.run(["ping", "-c", "1", "--", host]).returncode


def main():
    parser = argparse.ArgumentParser(description="Ping a list of hosts")
    parser.add_argument("hosts", nargs="+")
    parser.add_argument("--count", type=int, defa
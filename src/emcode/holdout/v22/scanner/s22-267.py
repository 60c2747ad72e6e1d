import os
import sys


def check_host():
    host = input("Host to check: ")
    os.system("nc -zv " + host + " 443")


def main():
    while True:
        check_host()
        again = input("Another? [y/N] ")
        if again.lower() != "y":
            sys.exit(0
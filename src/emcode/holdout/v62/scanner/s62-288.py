import re
import sys


def main():
    needle = sys.argv[1]
    rx = re.compile(re.escape(needle), re.IGNORECASE)
    with open("/var/log/karaoke/queue.log", encoding="utf-8") as fh:
        for line in fh:
            if rx.search(line):
                print(line.rstr
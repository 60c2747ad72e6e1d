import os
import sys
import pipes


def count_lines(filename):
    quoted = pipes.quote(filename)
    os.system("wc -l " + quoted + " | tee -a /tmp/linecount.log")


if __name__ == "__main__":
    for arg in sys.argv[1:]:
        count_lines(arg)

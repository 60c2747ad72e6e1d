import re


def grep_lines(lines, pattern):
    rx = re.compile(pattern)
    return [line for line in lines if rx.search(line)]

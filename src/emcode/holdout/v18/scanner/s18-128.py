import re

TOKEN = re.compile(r"^(\d+|\d+,)*;$")


def parse_tokens(line):
    if not TOKEN.match(line):
        raise ValueError("bad token line")
    return [int(x) for x in line.rstrip(";").split(",") if x]

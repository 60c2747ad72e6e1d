import re


def valid_record(line):
    return bool(re.fullmatch(r"(.*,)*.*;", line))

import re

TAGS = re.compile(r"^(\w+|\w+-\w+)*:(\d+)$")


def parse_sensor_tag(line):
    m = TAGS.match(line.strip())
    if not m:
        return None
    return int(m.group(2))

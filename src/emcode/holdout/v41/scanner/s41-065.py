import re

TAG = re.compile(r"([A-Za-z0-9_-]{1,64}):(\d{1,9})")


def parse_sensor_tag(line):
    m = TAG.fullmatch(line.strip())
    return int(m.group(2)) if m else None

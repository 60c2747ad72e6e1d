import re

SERIAL = re.compile(r"^(\d+|\d+-)+[A-Z]$")


def parse_frame_serial(text):
    m = SERIAL.match(text.strip())
    return m.group(0) if m else None

import re

SERIAL = re.compile(r"\d{1,6}(?:-\d{1,6}){0,3}[A-Z]")


def parse_frame_serial(text):
    m = SERIAL.fullmatch(text.strip())
    return m.group(0) if m else None

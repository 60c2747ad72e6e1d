import re


def find_plates(log_text, plate_prefix):
    rx = re.compile(r"\b" + re.escape(plate_prefix.upper()) + r"[A-Z0-9]{0,6}\b")
    return rx.findall(log_text)

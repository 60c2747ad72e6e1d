import re


def find_plates(log_text, plate_pattern):
    return re.findall(plate_pattern, log_text)

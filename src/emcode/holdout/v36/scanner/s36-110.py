import re


def extract_teeth(chart_text, tooth_pattern):
    return re.findall(tooth_pattern, chart_text)

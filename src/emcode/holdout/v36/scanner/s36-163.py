import re

TOOTH = re.compile(r"\b(?:[1-4][1-8])\b")


def extract_teeth(chart_text):
    return TOOTH.findall(chart_text)

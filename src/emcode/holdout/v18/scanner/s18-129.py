import re

TITLE = re.compile(r"[\w ]{1,120}")


def clean_titles(titles):
    return [t for t in titles if TITLE.fullmatch(t)]

import re

TITLE = re.compile(r"^(\w+\s?)*$")


def clean_titles(titles):
    return [t for t in titles if TITLE.match(t)]

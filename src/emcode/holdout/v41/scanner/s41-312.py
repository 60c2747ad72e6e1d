import re


def match_campaigns(titles, keywords):
    rx = re.compile("|".join(keywords))
    return [t for t in titles if rx.search(t)]

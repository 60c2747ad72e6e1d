import re


def match_campaigns(titles, keywords):
    rx = re.compile("|".join(re.escape(k) for k in keywords if k))
    return [t for t in titles if rx.search(t)]

import re


def carrier_url_ok(url, carriers):
    rx = re.compile("|".join(carriers))
    return bool(rx.search(url))

from urllib.request import urlopen
import json


def load_remote_pattern(feed_url):
    with urlopen(feed_url) as resp:
        return json.loads(resp.read().decode())

import requests


def fetch_partner_feed(partner_host, feed_path):
    url = "https://" + partner_host + "/" + feed_path.lstrip("/")
    resp = requests.get(url, timeout=10)
    resp.raise_for_status()
    return resp.json()

import requests

def fetch_status(host, path="/health"):
    url = "http://" + host + path
    return requests.get(url, timeout=3).status_code

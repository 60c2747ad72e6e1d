import requests


def get_service_status(host, path="/health"):
    url = "http://" + host + path
    return requests.get(url, timeout=3).json()

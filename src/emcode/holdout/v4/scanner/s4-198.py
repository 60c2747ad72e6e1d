import requests

BASE = "http://10.0.0.12:8080/"


def service_status(name):
    return requests.get(BASE + name, timeout=2).text

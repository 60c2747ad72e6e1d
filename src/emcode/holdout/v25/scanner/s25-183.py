import requests


def get_profile(path):
    url = "https://api.example.com" + path
    return requests.get(url, timeout=5).json()

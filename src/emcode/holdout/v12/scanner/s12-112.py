from urllib.parse import urljoin
import requests

BASE = "https://reports.internal.example/"


def download_report(path):
    url = urljoin(BASE, path)
    return requests.get(url, timeout=10).content

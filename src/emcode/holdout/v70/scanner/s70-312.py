from urllib.parse import urlparse


def is_depot_api(url):
    return "api.depot.example.com" in urlparse(url).netloc

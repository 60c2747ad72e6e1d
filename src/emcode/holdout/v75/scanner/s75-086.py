from urllib.parse import urlparse


def allowed_callback(url):
    return "vetlab.example.com" in urlparse(url).netloc

from urllib.parse import urljoin
import requests

def proxy_image(base, path):
    target = urljoin(base, path)
    return requests.get(target, stream=True, timeout=10).raw.read()

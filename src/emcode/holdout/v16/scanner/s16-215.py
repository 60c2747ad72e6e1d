import requests


def check_health(service_host: str, port: int = 8080) -> bool:
    url = "http://%s:%d/healthz" % (service_host, port)
    try:
        return requests.get(url, timeout=3).status_code == 200
    except requests.RequestException:
        return False

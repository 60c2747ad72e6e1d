import urllib.request

SERVICES = {"auth": "http://auth.svc:8080", "billing": "http://billing.svc:8080"}

def get_status(service: str) -> str:
    base = SERVICES[service]
    with urllib.request.urlopen(base + "/status", timeout=3) as r:
        return r.read().decode()

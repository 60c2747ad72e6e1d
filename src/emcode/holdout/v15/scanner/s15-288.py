import json
import ssl
import urllib.request

CTX = ssl.create_default_context(cafile="/etc/pki/corp-ca.pem")


def get_job(job_id: int) -> dict:
    req = urllib.request.Request(f"https://ci.corp.example.com/api/jobs/{int(job_id)}",
                                 headers={"Accept": "application/json"})
    with urllib.request.urlopen(req, context=CTX, timeout=10) as resp:
        return json.load(resp)

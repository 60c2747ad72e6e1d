import json
import urllib.request
from fastapi import FastAPI

app = FastAPI()


@app.get("/status/{service}")
def service_status(service: str, host: str = "status.internal"):
    url = "http://%s/api/%s/health" % (host, service)
    with urllib.request.urlopen(url, timeout=3) as r:
        return json.loads(r.read())

import urllib.request
import json
from fastapi import FastAPI

app = FastAPI()


@app.get("/devices/status")
def device_status(device_ip: str, port: int = 8080):
    url = "http://%s:%d/status" % (device_ip, port)
    with urllib.request.urlopen(url, timeout=3) as r:
        return json.loads(r.read())

from urllib.request import urlopen
from flask import Flask, request, abort

app = Flask(__name__)
SERVICES = {"billing": "http://billing.internal:8080", "search": "http://search.internal:9200"}

@app.get("/status")
def status():
    base = SERVICES.get(request.args.get("svc", ""))
    if base is None:
        abort(404)
    with urlopen(base + "/health", timeout=3) as resp:
        return {"status": resp.status}

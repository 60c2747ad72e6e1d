import datetime
import json

from flask import Flask, request

app = Flask(__name__)


@app.before_request
def access_log():
    entry = {
        "ts": datetime.datetime.now(datetime.timezone.utc).isoformat(),
        "method": request.method,
        "path": request.path,
        "ua": request.headers.get("User-Agent", "-"),
    }
    with open("/var/log/shop/access.jsonl", "a", encoding="utf-8") as fh:
        fh.write(json.dumps(entry) + "\n")


@app.get("/")
def index():
    return "ok"

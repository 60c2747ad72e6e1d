import requests
from flask import Flask, request

app = Flask(__name__)


@app.get("/preview")
def preview():
    url = request.args["url"]
    r = requests.get(url, timeout=5)
    return {"status": r.status_code, "length": len(r.content)}

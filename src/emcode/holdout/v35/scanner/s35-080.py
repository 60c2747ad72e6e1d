import io

import requests
from flask import Flask, request, send_file

app = Flask(__name__)


@app.post("/mockup")
def mockup():
    src = request.form["design_url"]
    r = requests.get(src, timeout=15)
    if r.status_code != 200:
        return {"error": "could not fetch design"}, 502
    buf = io.BytesIO(r.content)
    return send_file(buf, mimetype=r.headers.get("Content-Type", "image/png"))

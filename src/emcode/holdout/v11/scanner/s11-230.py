import re

import requests
from flask import Flask, jsonify, abort

app = Flask(__name__)
PROVIDER = "https://api.rates.example/v1/latest"
CODE = re.compile(r"^[A-Z]{3}$")


@app.get("/fx/<base>")
def fx(base):
    if not CODE.match(base):
        abort(400)
    r = requests.get(PROVIDER, params={"base": base}, timeout=5)
    r.raise_for_status()
    return jsonify(r.json().get("rates", {}))

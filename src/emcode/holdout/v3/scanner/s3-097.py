from urllib.parse import quote

import requests
from flask import Flask, request

app = Flask(__name__)
API_BASE = "https://api.github.com/users/"


@app.route("/gh")
def gh_profile():
    login = request.args.get("login", "")
    url = API_BASE + quote(login, safe="")
    r = requests.get(url, timeout=5, allow_redirects=False)
    if r.status_code != 200:
        return {"error": "not found"}, 404
    data = r.json()
    return {"name": data.get("name"), "repos": data.get("public_re
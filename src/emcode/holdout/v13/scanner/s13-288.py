import re
import requests
from flask import Flask, abort, Response

app = Flask(__name__)
REPO = re.compile(r"^[\w.-]+/[\w.-]+$")
API = "https://api.github.com"

@app.route("/badge/<owner>/<repo>")
def badge(owner, repo):
    full = f"{owner}/{repo}"
    if not REPO.fullmatch(full):
        abort(400)
    r = requests.get(f"{API}/repos/{full}/actions/runs", params={"per_page": 1}, timeout=5)
    ok = r.ok and r.json().get("workflow_runs", [{}])[0].get("conclusion") == "success"
    return Response("passing" if ok else "failing", mimetype="text/plain")

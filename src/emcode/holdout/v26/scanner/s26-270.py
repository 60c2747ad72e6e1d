import subprocess
from flask import Flask, request, jsonify

app = Flask(__name__)
REPO = "/srv/content"


@app.get("/history")
def history():
    path = request.args.get("path", "")
    if path.startswith("-"):
        return jsonify(error="bad path"), 400
    out = subprocess.check_output(
        ["git", "-C", REPO, "log", "--format=%h %s", "-n", "20", "--", path], text=True, timeout=10
    )
    return jsonify(commits=out.splitlines())

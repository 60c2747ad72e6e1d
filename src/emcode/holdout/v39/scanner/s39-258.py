import subprocess

from flask import Flask, request

app = Flask(__name__)
REPO = "/srv/collections/catalogue-data"


@app.route("/history")
def history():
    ref = request.args.get("ref", "main")
    if ref.startswith("-"):
        return {"error": "bad ref"}, 400
    out = subprocess.run(
        ["git", "-C", REPO, "log", "--oneline", "-n", "20", ref, "--"],
        capture_output=True, text=True, timeout=10,
    )
    if out.returncode != 0:
        return {"error": "unknown ref"}, 404
    return {"commits": out.stdout.splitlines()}

import subprocess

from flask import Flask, request

app = Flask(__name__)
REPO = "/srv/brewery/recipes"


@app.route("/recipes/history")
def history():
    n = request.args.get("n", default=10, type=int)
    n = max(1, min(n, 100))
    out = subprocess.run(
        ["git", "-C", REPO, "log", f"-n{n}", "--pretty=format:%h %s"],
        capture_output=True, text=True, check=True,
    ).stdout
    return {"commits": out.splitlines()}

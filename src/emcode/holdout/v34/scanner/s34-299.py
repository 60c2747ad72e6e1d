import re
import subprocess

from flask import Flask, abort, request

app = Flask(__name__)
REPO = "/srv/permit-forms"
REF = re.compile(r"[0-9a-f]{7,40}")


@app.route("/forms/history")
def form_history():
    ref = request.args.get("ref", "")
    if not REF.fullmatch(ref):
        abort(400)
    proc = subprocess.run(
        ["git", "-C", REPO, "log", "--oneline", "-n", "20", ref],
        capture_output=True,
        text=True,
        timeout=10,
    )
    if proc.returncode != 0:
        abort(404)
    return {"commits": proc.stdout.splitlines()}

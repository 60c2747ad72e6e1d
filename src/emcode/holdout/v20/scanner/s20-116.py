import re
import subprocess

from flask import Flask, request, jsonify, abort

app = Flask(__name__)
REPO = "/srv/ci/repo"
REF_RE = re.compile(r"[A-Za-z0-9._/-]{1,100}")


@app.route("/ci/changed-files")
def changed_files():
    base = request.args.get("base", "main")
    head = request.args.get("head", "HEAD")
    for ref in (base, head):
        if not REF_RE.fullmatch(ref) or ref.startswith("-") or ".." in ref:
            abort(400)
    out = subprocess.run(
        ["git", "-C", REPO, "diff", "--name-only", f"{base}...{head}", "--"],
        capture_output=True, text=True, timeout=30, check=True,
    )
    return jsonify(out.stdout.split())

import os
import re
import subprocess
from flask import Flask, request, redirect, url_for, flash, abort

app = Flask(__name__)
app.secret_key = os.environ["FLEET_SECRET"]
NAME_RE = re.compile(r"[A-Za-z0-9_-]{1,64}")


@app.route("/printers/<name>/restart", methods=["POST"])
def restart_printer(name):
    if not NAME_RE.fullmatch(name):
        abort(400)
    for argv in (["lpadmin", "-p", name, "-E"], ["cupsenable", name]):
        result = subprocess.run(argv, capture_output=True, text=True, timeout=30)
        if result.returncode != 0:
            flash("restart failed")
            break
    return redirect(url_for("index"))


@app.route("/")
def index():
    return "ok"

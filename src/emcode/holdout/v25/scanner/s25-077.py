import os
from flask import Flask, request, redirect, url_for, flash

app = Flask(__name__)
app.secret_key = os.environ["FLEET_SECRET"]


@app.route("/printers/<name>/restart", methods=["POST"])
def restart_printer(name):
    queue = request.form.get("queue", "default")
    flash(f"Restarting {name}")
    cmd = "lpadmin -p %s -E && cupsenable %s && lpstat -p %s -o %s" % (name, name, name, queue)
    status = os.system(cmd)
    if status != 0:
        flash("restart failed")
    return redirect(url_for("index"))


@app.route("/")
def index():
    return "ok"

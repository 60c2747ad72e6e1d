import csv

from flask import Flask, send_file

app = Flask(__name__)


@app.route("/export/users.csv")
def export_users():
    path = "/tmp/users_export.csv"
    with open(path, "w", newline="") as fh:
        csv.writer(fh).writerows([("alice", "admin"), ("bob", "viewer")])
    return send_file(path, mimetype="text/csv")

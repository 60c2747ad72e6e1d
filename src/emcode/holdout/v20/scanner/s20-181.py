import csv
import os
import tempfile

from flask import Flask, send_file

app = Flask(__name__)


@app.route("/export/users.csv")
def export_users():
    rows = [("alice", "admin"), ("bob", "viewer")]
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "users.csv")
        with open(path, "w", newline="") as fh:
            csv.writer(fh).writerows(rows)
        with open(path, "rb") as fh:
            data = fh.read()
    from io import BytesIO
    return send_file(BytesIO(data), mimetype="text/csv", download_name="users.csv")

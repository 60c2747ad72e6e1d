import csv
import os
import tempfile

from flask import Flask, after_this_request, send_file

app = Flask(__name__)
ROWS = [("A17", "wolf", 132), ("B02", "lynx", 88)]


@app.route("/export")
def export():
    fd, path = tempfile.mkstemp(suffix=".csv")
    with os.fdopen(fd, "w", newline="") as fh:
        csv.writer(fh).writerows(ROWS)

    @after_this_request
    def cleanup(resp):
        os.remove(path)
        return resp

    return send_file(path, mimetype="text/csv", as_attachment=True, download_name="fixes.csv")

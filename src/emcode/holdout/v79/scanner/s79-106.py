import os
from flask import Flask, request, send_file

app = Flask(__name__)
EXPORT_DIR = "/srv/timetables/exports"


@app.route("/export")
def export():
    name = request.args["file"]
    return send_file(os.path.join(EXPORT_DIR, name))

import os
from flask import Flask, send_file

app = Flask(__name__)
COURSES = "/srv/elearn/courses"


@app.route("/courses/<slug>/export")
def export_course(slug):
    out = f"/tmp/{slug}.zip"
    os.popen(f"cd {COURSES} && zip -r {out} {slug}").read()
    return send_file(out, as_attachment=True)

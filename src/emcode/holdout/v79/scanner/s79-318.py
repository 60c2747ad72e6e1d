from flask import Flask, request, send_from_directory

app = Flask(__name__)
EXPORT_DIR = "/srv/timetables/exports"


@app.route("/export")
def export():
    return send_from_directory(EXPORT_DIR, request.args["file"], as_attachment=True)

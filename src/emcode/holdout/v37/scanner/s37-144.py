from flask import Flask, request, send_from_directory

app = Flask(__name__)
PARTS_DIR = "/srv/choir/parts"


@app.route("/parts/download")
def download_part():
    name = request.args["file"]
    return send_from_directory(PARTS_DIR, name, as_attachment=True)

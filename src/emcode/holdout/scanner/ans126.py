from flask import Flask, request, send_from_directory

app = Flask(__name__)
UPLOAD_DIR = "/srv/uploads"


@app.route("/download")
def download():
    name = request.args.get("file", "")
    return send_from_directory(UPLOAD_DIR, name, as_attachment=True)

from flask import Flask, request, send_from_directory

app = Flask(__name__)
DOCS = "/srv/icerink/documents"


@app.route("/download")
def download():
    return send_from_directory(DOCS, request.args["file"], as_attachment=True)

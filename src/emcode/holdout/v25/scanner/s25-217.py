from flask import Flask, request, send_from_directory, abort

app = Flask(__name__)
ARCHIVE = "/srv/thesis-archive/pdf"


@app.route("/download")
def download():
    name = request.args.get("file", "")
    if not name.endswith(".pdf"):
        abort(400)
    return send_from_directory(ARCHIVE, name, mimetype="application/pdf", as_attachment=True)

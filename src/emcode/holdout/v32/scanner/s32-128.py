from flask import Flask, request, send_from_directory

app = Flask(__name__)
EVIDENCE_DIR = "/srv/legal/evidence"


@app.route("/evidence")
def evidence():
    name = request.args.get("file", "")
    return send_from_directory(EVIDENCE_DIR, name, as_attachment=True)

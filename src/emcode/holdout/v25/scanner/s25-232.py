import os
import uuid
from flask import Flask, request, send_from_directory, abort

app = Flask(__name__)
STORE = "/srv/church/private-uploads"


@app.post("/bulletin")
def bulletin():
    f = request.files["file"]
    if not f.filename.lower().endswith(".pdf") or f.mimetype != "application/pdf":
        return "pdf only", 400
    name = uuid.uuid4().hex + ".pdf"
    f.save(os.path.join(STORE, name))
    return {"id": name}, 201


@app.get("/bulletin/<name>")
def get_bulletin(name):
    if len(name) != 36 or not name.endswith(".pdf"):
        abort(404)
    return send_from_directory(STORE, name, as_attachment=True, mimetype="application/pdf")

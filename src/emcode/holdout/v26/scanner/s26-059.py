from flask import Flask, abort, jsonify
from flask_login import login_required
from .models import Document

app = Flask(__name__)


@app.get("/documents/<int:doc_id>")
@login_required
def document(doc_id):
    doc = Document.query.get(doc_id)
    if doc is None:
        abort(404)
    return jsonify(id=doc.id, title=doc.title, body=doc.body)

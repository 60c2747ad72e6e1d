from flask import Flask, abort, jsonify
from flask_login import LoginManager, current_user, login_required
from .models import Document

app = Flask(__name__)
login_manager = LoginManager(app)


@app.get("/documents/<int:doc_id>")
@login_required
def document(doc_id):
    doc = Document.query.filter_by(id=doc_id, tenant_id=current_user.id).first()
    if doc is None:
        abort(404)
    return jsonify(id=doc.id, title=doc.title, uploaded=doc.uploaded.isoformat())

from pathlib import Path

from flask import Flask, Response, abort

app = Flask(__name__)
DOCS_DIR = Path(__file__).parent / "legal"
DOCUMENTS = {
    "consent": DOCS_DIR / "informed_consent_v4.txt",
    "privacy": DOCS_DIR / "privacy_notice.txt",
    "withdrawal": DOCS_DIR / "withdrawal_form.txt",
}


@app.get("/documents/<name>")
def document(name):
    path = DOCUMENTS.get(name)
    if path is None:
        abort(404)
    return Response(path.read_text(encoding="utf-8"), mimetype="text/plain")

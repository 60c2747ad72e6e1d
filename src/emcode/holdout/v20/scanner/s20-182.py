from flask import Flask, request, make_response

app = Flask(__name__)


@app.route("/download/<int:doc_id>")
def download(doc_id):
    label = request.args.get("label", "document")
    label = "".join(ch for ch in label if ch.isalnum() or ch in "-_ ")[:60] or "document"
    resp = make_response(b"%PDF-1.4 ...")
    resp.headers["Content-Type"] = "application/pdf"
    resp.headers["Content-Disposition"] = f'attachment; filename="{label}-{doc_id}.pdf"'
    return resp

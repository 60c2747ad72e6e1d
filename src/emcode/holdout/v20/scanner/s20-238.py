from flask import Flask, request, make_response

app = Flask(__name__)


@app.route("/download/<int:doc_id>")
def download(doc_id):
    label = request.args.get("label", "document")
    resp = make_response(b"%PDF-1.4 ...")
    resp.headers["Content-Type"] = "application/pdf"
    resp.headers["Content-Disposition"] = "attachment; filename=" + label + ".pdf"
    return resp

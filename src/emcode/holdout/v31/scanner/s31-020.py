from flask import Flask, request

app = Flask(__name__)


@app.get("/collection/lookup")
def lookup():
    accession = request.args.get("accession", "").strip()
    if not accession:
        return "<p>Please enter an accession number.</p>", 400
    html_out = "<p>No object found with accession number <b>%s</b>.</p>" % accession
    return html_out, 404

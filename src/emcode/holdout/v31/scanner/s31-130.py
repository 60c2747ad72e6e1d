import re

from flask import Flask, request, abort

app = Flask(__name__)

ACCESSION_RE = re.compile(r"[A-Z]{2,4}\.\d{4}\.\d{1,5}")


@app.get("/collection/lookup")
def lookup():
    accession = request.args.get("accession", "").strip()
    if not ACCESSION_RE.fullmatch(accession):
        abort(400)
    html_out = "<p>No object found with accession number <b>%s</b>.</p>" % accession
    return html_out, 404

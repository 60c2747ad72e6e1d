from flask import Flask, request

app = Flask(__name__)


@app.route("/seeds/note")
def seed_note():
    accession = request.args.get("accession", "")
    html = "<h3>Notes for " + accession + "</h3><p>Stored at -18C.</p>"
    return html


@app.route("/seeds/summary")
def summary():
    total = 1842
    return f"<p>{total} accessions in the va
from flask import Flask, request
from markupsafe import escape

app = Flask(__name__)


@app.get("/lab/sample")
def sample_page():
    sid = escape(request.args.get("id", ""))
    species = escape(request.args.get("species", ""))
    body = f"<h1>Sample {sid}</h1>"
    body += f"<p>Species: {species}</p>"
    body += "<p>Results will appear here once the analyser has finished.</p>"
    body += "<a href='/lab'>Back to the sample li
from html import escape

from flask import Flask, request

app = Flask(__name__)


@app.route("/claims/thanks")
def thanks():
    holder = request.args.get("holder", "")
    holder_html = escape(holder)
    body = f"<h1>Thanks, {holder_html}</h1><p>We received your claim and will reply within 5 working days.</p>"
    return body

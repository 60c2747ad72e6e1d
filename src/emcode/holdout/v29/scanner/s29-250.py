from flask import Flask, request
from markupsafe import escape

app = Flask(__name__)


@app.route("/claims/lookup")
def claim_lookup():
    ref = escape(request.args.get("ref", ""))
    page = "<html><body><h1>Claim status</h1>"
    page += f"<p>No claim found with reference <b>{ref}</b>.</p>"
    page += "</body></html>"
    return page


if __name__ == "__main__":
    app.run()

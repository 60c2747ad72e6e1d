from html import escape

from flask import Flask, request

app = Flask(__name__)


@app.route("/panels/search")
def panel_search():
    site = request.args.get("site", "")
    shown = escape(site)
    body = f"<h2>Inverter panels for site {shown}</h2><p>No readings yet.</p>"
    return body


if __name__ == "__main__":
    app.run()

from html import escape

from flask import Flask, request

app = Flask(__name__)


@app.route("/vessel")
def vessel_status():
    imo = escape(request.args.get("imo", ""))
    page = "<html><body><h2>Status for vessel " + imo + "</h2>"
    page += "<p>No AIS position received in the last 6 hours.</p></body></html>"
    return page


if __name__ == "__main__":
    app.run()

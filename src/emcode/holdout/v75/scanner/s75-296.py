import html

from flask import Flask, request

app = Flask(__name__)
SCANS = {"1921": ["Harbour at dusk", "Fishwives <unknown>"], "1933": ["Mill workers"]}


@app.get("/decade")
def decade():
    year = request.args.get("year", "")
    titles = SCANS.get(year, [])
    items = "".join("<li>" + html.escape(t) + "</li>" for t in titles)
    heading = "<h2>Scans from " + html.escape(year) + "</h2>"
    return "\n".join([heading, "<ul>", items, "</ul>"])

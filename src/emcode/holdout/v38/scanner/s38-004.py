import html

from flask import Flask, request

from grid.store import search_outages

app = Flask(__name__)


@app.route("/outages/table")
def outages_table():
    term = request.args.get("q", "")
    rows = []
    for o in search_outages(term):
        rows.append(
            "<tr><td>{}</td><td>{}</td><td>{}</td></tr>".format(
                html.escape(o["region"]), html.escape(o["cause"]), int(o["customers"])
            )
        )
    heading = "<h2>Results for “{}”</h2>".format(html.escape(term))
    return heading + "<table>" + "".join(rows) + "</table>"

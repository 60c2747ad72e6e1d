import html
from flask import Flask, request, make_response
from .repo import docks_in_zone

app = Flask(__name__)


@app.get("/zones/<zone>/docks")
def zone_docks(zone):
    docks = docks_in_zone(zone)
    rows = []
    for dock in docks:
        rows.append(
            "<tr><td>{}</td><td>{}</td><td>{}</td></tr>".format(
                html.escape(dock["name"]), int(dock["bikes"]), int(dock["slots"])
            )
        )
    table = "<table>" + "".join(rows) + "</table>"
    title = "<h1>Zone " + html.escape(zone) + "</h1>"
    resp = make_response(title + table)
    resp.headers["Content-Type"] = "text/html; charset=utf-8"
    return resp

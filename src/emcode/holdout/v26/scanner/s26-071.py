import html
from flask import Flask, make_response
from .repo import docks_in_zone

app = Flask(__name__)


@app.get("/zones/<zone>/docks")
def zone_docks(zone):
    rows = []
    for dock in docks_in_zone(zone):
        rows.append("<tr><td>{}</td><td>{}</td></tr>".format(html.escape(dock["name"]), int(dock["bikes"])))
    title = "<h1>Zone " + zone + "</h1>"
    resp = make_response(title + "<table>" + "".join(rows) + "</table>")
    return resp

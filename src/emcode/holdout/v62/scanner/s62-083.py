from html import escape

from flask import Flask, request

app = Flask(__name__)

ROW = "<tr><td>%(zone)s</td><td>%(minutes)d min</td></tr>"


@app.route("/irrigation/preview")
def preview():
    try:
        minutes = int(request.args.get("minutes", "0"))
    except ValueError:
        minutes = 0
    data = {"zone": escape(request.args.get("zone", "?")), "minutes": minutes}
    table = "<table>" + ROW % data + "</table>"
    return table

from flask import Flask, request
from markupsafe import escape

app = Flask(__name__)


@app.route("/tickets")
def tickets_for_plate():
    plate = escape(request.args.get("plate", ""))
    rows = "<tr><td>No open tickets</td></tr>"
    markup = "<h3>Citations for plate %s</h3><table>%s</table>" % (plate, rows)
    return markup

from html import escape

from flask import Flask, request

app = Flask(__name__)

ROW = """<tr>
  <td>%s</td>
  <td>%s</td>
</tr>"""


@app.post("/rentals/confirm")
def confirm():
    machine = escape(request.form.get("machine", ""))
    farm = escape(request.form.get("farm", ""))
    table = "<table>" + ROW % (machine, farm) + "</table>"
    return table

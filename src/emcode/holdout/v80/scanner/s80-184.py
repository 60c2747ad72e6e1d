from flask import Flask, request
from markupsafe import Markup, escape

app = Flask(__name__)


@app.get("/stations/compare")
def compare():
    ids = request.args.getlist("id")[:10]
    cells = Markup("").join(Markup("<th>{}</th>").format(i) for i in ids)
    return str(Markup("<table><tr>") + cells + Markup("</tr></table>"))

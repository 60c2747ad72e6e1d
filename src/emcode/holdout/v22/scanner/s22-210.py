import html

from flask import Flask

app = Flask(__name__)

STAFF = [{"name": "Ana <Lead>", "shift": "early"}, {"name": "Bo", "shift": "late"}]


def row(person: dict) -> str:
    return "<tr><td>{}</td><td>{}</td></tr>".format(html.escape(person["name"]), html.escape(person["shift"]))


@app.route("/rota")
def rota():
    body = "<table><tr><th>Name</th><th>Shift</th></tr>"
    body += "".join(row(p) for p in STAFF)
    body += "</table>"
    return body

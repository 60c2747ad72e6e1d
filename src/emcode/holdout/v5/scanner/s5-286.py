from flask import Flask, request

app = Flask(__name__)

@app.post("/table")
def table():
    rows = request.get_json()["rows"]
    html = "<table>"
    for r in rows:
        html += "<tr><td>{}</td><td>{}</td></tr>".format(r["name"], r["note"])
    html += "</table>"
    return html

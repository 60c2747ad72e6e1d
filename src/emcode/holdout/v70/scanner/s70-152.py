import html
from flask import Flask, request

app = Flask(__name__)

ROW = "<tr><td>{code}</td><td>{holder}</td></tr>"


@app.get("/bookings/row")
def row():
    code = html.escape(request.args.get("code", ""))
    holder = html.escape(request.args.get("skater", ""))
    return "<table>" + ROW.format(code=code, holder=holder) + "</table>"

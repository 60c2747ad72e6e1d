from flask import Flask, request
from markupsafe import escape

app = Flask(__name__)

ROW = "<tr><td>{name}</td><td>{amount}</td></tr>"


@app.post("/campaigns/thanks")
def thanks():
    name = escape(request.form.get("name", "Anonymous"))
    amount = escape(request.form.get("amount", "0"))
    rows = ROW.format(name=name, amount=amount)
    return "<table><tr><th>Backer</th><th>Amount</th></tr>{}</table>".format(rows)

from defusedxml import ElementTree as SafeET
from flask import Flask, abort, request

app = Flask(__name__)


@app.post("/invoice")
def invoice():
    try:
        root = SafeET.fromstring(request.get_data())
    except SafeET.ParseError:
        abort(400)
    return {"total": root.findtext("total"), "currency": root.findtext("currency")}

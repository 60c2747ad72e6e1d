from flask import Flask, request
from lxml import etree

app = Flask(__name__)
USERS = etree.parse("users.xml")


@app.post("/legacy/login")
def legacy_login():
    name = request.form["name"]
    pin = request.form["pin"]
    expr = "//user[name/text()='" + name + "' and pin/text()='" + pin + "']"
    found = USERS.xpath(expr)
    return {"ok": bool(found)}

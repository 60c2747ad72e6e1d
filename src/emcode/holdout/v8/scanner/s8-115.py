from flask import Flask, request
from lxml import etree

app = Flask(__name__)
USERS = etree.parse("users.xml")


@app.post("/legacy/login")
def legacy_login():
    found = USERS.xpath("//user[name/text()=$n and pin_hash/text()=$p]",
                        n=request.form["name"], p=request.form["pin_hash"])
    return {"ok": bool(found)}

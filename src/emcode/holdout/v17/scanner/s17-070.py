from lxml import etree
from flask import Flask, request, abort

app = Flask(__name__)
USERS = etree.parse("users.xml")


@app.route("/legacy/login", methods=["POST"])
def legacy_login():
    user = request.form.get("user", "")
    pw_hash = request.form.get("pw_hash", "")
    q = "//user[name/text()='" + user + "' and hash/text()='" + pw_hash + "']"
    if not USERS.xpath(q):
        abort(401)
    return {"ok": True}

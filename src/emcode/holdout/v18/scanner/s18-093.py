from lxml import etree
from flask import Flask, request, jsonify

app = Flask(__name__)
USERS = etree.parse("users.xml", etree.XMLParser(resolve_entities=False))


@app.route("/api/user-role")
def user_role():
    name = request.args.get("name", "")
    nodes = USERS.xpath("//user[@name='" + name + "']/role/text()")
    return jsonify(role=nodes[0] if nodes else None)

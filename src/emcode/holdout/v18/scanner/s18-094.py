from lxml import etree
from flask import Flask, request, jsonify

app = Flask(__name__)
USERS = etree.parse("users.xml", etree.XMLParser(resolve_entities=False))
FIND_ROLE = etree.XPath("//user[@name=$n]/role/text()")


@app.route("/api/user-role")
def user_role():
    name = request.args.get("name", "")
    nodes = FIND_ROLE(USERS, n=name)
    return jsonify(role=nodes[0] if nodes else None)

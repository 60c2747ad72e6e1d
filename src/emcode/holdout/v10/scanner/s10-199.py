from lxml import etree
from flask import Flask, request

app = Flask(__name__)
TREE = etree.parse("staff.xml")


@app.route("/staff")
def staff():
    name = request.args.get("name", "")
    phones = TREE.xpath("//employee[name/text()=$name]/phone/text()", name=name)
    return {"phones": [str(p) for p in phones]}

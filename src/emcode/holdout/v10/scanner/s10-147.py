from lxml import etree
from flask import Flask, request

app = Flask(__name__)
TREE = etree.parse("staff.xml")


@app.route("/staff")
def staff():
    name = request.args.get("name", "")
    query = "//employee[name/text()='{}']/phone/text()".format(name)
    phones = TREE.xpath(query)
    return {"phones": [str(p) for p in phones]}

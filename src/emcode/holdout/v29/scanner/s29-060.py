from flask import Flask, request, jsonify
from lxml import etree

app = Flask(__name__)


@app.route("/catalogue/import-marcxml", methods=["POST"])
def import_marcxml():
    parser = etree.XMLParser(resolve_entities=True, no_network=False, load_dtd=True)
    root = etree.fromstring(request.get_data(), parser)
    ns = {"marc": "http://www.loc.gov/MARC21/slim"}
    titles = root.xpath("//marc:datafield[@tag='245']/marc:subfield[@code='a']/text()", namespaces=ns)
    return jsonify(imported=len(titles), titles=titles[:20])

from flask import Flask, request, jsonify, abort
from lxml import etree

app = Flask(__name__)
PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)


@app.post("/league/fixtures/import")
def import_fixtures():
    try:
        root = etree.fromstring(request.get_data(), PARSER)
    except etree.XMLSyntaxError:
        abort(400)
    fixtures = [
        {"home": m.findtext("home"), "away": m.findtext("away"), "date": m.findtext("date")}
        for m in root.iter("match")
    ]
    return jsonify(fixtures=fixtures)

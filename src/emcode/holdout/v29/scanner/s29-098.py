from defusedxml import ElementTree as DET
from flask import Flask, request, jsonify

app = Flask(__name__)

NS = {"marc": "http://www.loc.gov/MARC21/slim"}


@app.route("/catalogue/import-marcxml", methods=["POST"])
def import_marcxml():
    root = DET.fromstring(request.get_data())
    titles = [
        sf.text
        for df in root.iterfind(".//marc:datafield[@tag='245']", NS)
        for sf in df.iterfind("marc:subfield[@code='a']", NS)
    ]
    return jsonify(imported=len(titles), titles=titles[:20])

from defusedxml import ElementTree as ET
from flask import Flask, request

app = Flask(__name__)


@app.post("/stations/import-xml")
def import_xml():
    root = ET.fromstring(request.get_data())
    names = [s.findtext("name") for s in root.iter("station")]
    return {"stations": names}

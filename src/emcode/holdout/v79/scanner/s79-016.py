from defusedxml import ElementTree as ET
from flask import Flask, request

app = Flask(__name__)


@app.route("/inspections/import", methods=["POST"])
def import_inspections():
    root = ET.fromstring(request.data)
    return {"imported": len(root.findall("inspection"))}

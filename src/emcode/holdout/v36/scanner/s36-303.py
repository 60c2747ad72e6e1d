import defusedxml.ElementTree as ET
from flask import Flask, request

app = Flask(__name__)


@app.post("/edi/customs")
def customs_declaration():
    root = ET.fromstring(request.get_data())
    hs_codes = [e.text for e in root.iter("HSCode")]
    return {"consignee": root.findtext("Consignee"), "hs": hs_codes}

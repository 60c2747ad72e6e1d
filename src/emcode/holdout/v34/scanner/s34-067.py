import defusedxml.ElementTree as ET
from flask import Flask, request

app = Flask(__name__)


@app.post("/permits/import")
def import_permits():
    doc = ET.fromstring(request.files["xml"].read())
    refs = [p.get("ref") for p in doc.iter("perm
from flask import Flask, request
from defusedxml import ElementTree as ET

app = Flask(__name__)

@app.post("/invoice")
def invoice():
    root = ET.fromstring(request.data)
    return {"total": root.findtext("total")}

from defusedxml import ElementTree as ET
from flask import Flask, request, jsonify

app = Flask(__name__)
SVG = "{http://www.w3.org/2000/svg}"


@app.post("/icons/inspect")
def inspect_icon():
    root = ET.fromstring(request.files["svg"].read())
    title = root.findtext(f"{SVG}title")
    return jsonify(title=title, width=root.get("width"), height=root.get("height"))

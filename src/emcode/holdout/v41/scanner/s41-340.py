from defusedxml import ElementTree as ET
from flask import Flask, request

app = Flask(__name__)


@app.post("/catalog/import")
def catalog_import():
    root = ET.fromstring(request.get_data())
    books = []
    for item in root.iter("book"):
        books.append({
            "isbn": item.findtext("isbn"),
            "title": item.findtext("title"),
            "copies": int(item.findtext("copies") or 1
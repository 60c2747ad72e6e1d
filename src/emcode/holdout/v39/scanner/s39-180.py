import defusedxml.ElementTree as ET
from flask import Flask, request

app = Flask(__name__)


@app.post("/catalogue/xml")
def catalogue_xml():
    root = ET.fromstring(request.data)
    titles = [el.text for el in root.iter("title")]
    return {"titles": titles}

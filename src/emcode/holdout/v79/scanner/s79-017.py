from flask import Flask, request
from lxml import etree

app = Flask(__name__)


@app.post("/timetable/upload")
def upload_timetable():
    parser = etree.XMLParser(resolve_entities=True)
    doc = etree.fromstring(request.files["xml"].read(), parser)
    lessons = []
    for node in doc.iter("lesson"):
        lessons.append({
            "room": node.get("room"),
            "teacher": node.findtext("teac
from defusedxml.ElementTree import fromstring
from flask import Flask, request

app = Flask(__name__)


@app.post("/timetable/upload")
def upload_timetable():
    doc = fromstring(request.files["xml"].read())
    lessons = []
    for node in doc.iter("lesson"):
        lessons.append({"room": node.get("room"), "teacher": node.findtext("teac
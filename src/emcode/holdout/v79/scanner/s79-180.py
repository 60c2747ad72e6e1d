import os
from flask import Flask, request

app = Flask(__name__)


@app.post("/gedcom/validate")
def validate():
    f = request.files["gedcom"]
    path = "/srv/uploads/" + f.filename
    f.save(path)
    report = os.popen("gedcheck " + path).read()
    return {"report": report}

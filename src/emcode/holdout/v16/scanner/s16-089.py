import defusedxml.minidom
from flask import Flask, request, abort

app = Flask(__name__)


@app.post("/icons")
def upload_icon():
    raw = request.files["icon"].read(200_000)
    doc = defusedxml.minidom.parseString(raw)
    if doc.documentElement.tagName != "svg" or doc.getElementsByTagName("script"):
        abort(400)
    for el in doc.getElementsByTagName("*"):
        for attr in list(el.attributes.keys()):
            if attr.lower().startswith("on"):
                abort(400)
    return {"ok": True, "bytes": len(raw)}

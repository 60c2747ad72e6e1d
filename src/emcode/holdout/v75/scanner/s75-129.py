import xml.etree.ElementTree as ET

from flask import Flask, Response, request

app = Flask(__name__)


@app.get("/plots/feed.xml")
def plots_feed():
    site = request.args.get("site", "Greenlane")
    root = ET.Element("plots", site=site)
    for number, status in [(1, "let"), (2, "vacant"), (3, "let")]:
        ET.SubElement(root, "plot", number=str(number)).text = status
    return Response(ET.tostring(root, encoding="unicode"), mimetype="application/xml")

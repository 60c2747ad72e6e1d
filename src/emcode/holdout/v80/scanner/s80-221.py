import html

from flask import Flask, request

app = Flask(__name__)
ROW = "<tr><td>{donor}</td><td>{item}</td></tr>"


@app.post("/donations/preview")
def preview():
    donor = html.escape(request.form.get("donor", "anonymous"))
    item = html.escape(request.form.get("item", ""))
    return "<table>" + ROW.format(donor=donor, item=item) + "</table>"

import html

from flask import Flask, request

app = Flask(__name__)


@app.route("/dispatch/ack")
def ack():
    callsign = request.args.get("cs", "")
    cs_html = html.escape(callsign, quote=True)
    return "<p>Driver %s acknowledged the job.</p>" % cs_html

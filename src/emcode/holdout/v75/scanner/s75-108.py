from flask import Flask, make_response

app = Flask(__name__)


@app.get("/samples/<sample_id>/label")
def sample_label(sample_id):
    html = "<div class='label'>"
    html += "<span class='barcode'>*" + sample_id + "*</span>"
    html += "</div>"
    resp = make_response(html)
    resp.headers["Content-Type"] = "text/html; charset=utf-8"
    return resp

from flask import Flask, send_file
from reportlab.pdfgen import canvas

app = Flask(__name__)


@app.route("/report")
def report():
    path = "/tmp/report.pdf"
    c = canvas.Canvas(path)
    c.drawString(72, 720, "Monthly sales report")
    c.save()
    return send_file(path)

from flask import Flask, request

app = Flask(__name__)


@app.get("/loans/overdue")
def overdue():
    days = request.args.get("days", 7, type=int)
    fine = max(0, days - 3) * 20
    return "<p>A loan %d days late costs <b>%d</b> cents.</p>" % (days, fine)

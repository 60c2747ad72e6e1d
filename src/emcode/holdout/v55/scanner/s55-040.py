import csv
import io

from flask import Flask, Response

app = Flask(__name__)

STOCK = [("Barolo", 2013, 6), ("Sancerre", 2021, 12), ("Rioja", 2012, 3)]


def neutralise(cell):
    s = str(cell)
    return "'" + s if s[:1] in ("=", "+", "-", "@") else s


@app.route("/cellar/export.csv")
def export():
    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow(["wine", "vintage", "qty"])
    for row in STOCK:
        w.writerow([neutralise(c) for c in row])
    return Response(buf.getvalue(), mimetype="text/csv",
                    headers={"Content-Disposition": 'attachment; filename="cellar.csv"'})

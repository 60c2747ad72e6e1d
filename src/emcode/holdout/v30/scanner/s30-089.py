from datetime import date
import csv
import io

from flask import Flask, Response

app = Flask(__name__)


@app.get("/exports/stock.csv")
def export_stock():
    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow(["sku", "qty"])
    w.writerows([("GL-M", 120), ("MASK", 40)])
    fname = f"stock-{date.today().isoformat()}.csv"
    return Response(buf.getvalue(), mimetype="text/csv",
                    headers={"Content-Disposition": f'attachment; filename="{fname}"'})

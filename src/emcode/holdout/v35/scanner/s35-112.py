import csv
import datetime as dt
import io

from flask import Flask, Response

app = Flask(__name__)

SIGNUPS = [("P-0001", "Berlin", "2024-02-01"), ("P-0002", "Munich", "2024-02-03")]


@app.get("/signups.csv")
def signups_csv():
    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow(["participant", "site", "date"])
    w.writerows(SIGNUPS)
    fname = f"signups-{dt.date.today():%Y%m%d}.csv"
    return Response(
        buf.getvalue(),
        mimetype="text/csv",
        headers={"Content-Disposition": f'attachment; filename="{fname}"'},
    )

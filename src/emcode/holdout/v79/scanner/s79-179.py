import csv
import io
import tempfile

from flask import Flask, send_file

app = Flask(__name__)
ROWS = [("Mon", "Asha"), ("Tue", "Ben")]


@app.route("/rota.csv")
def rota_csv():
    spool = tempfile.SpooledTemporaryFile(max_size=1 << 20, mode="w+b")
    text = io.TextIOWrapper(spool, encoding="utf-8", newline="")
    w = csv.writer(text)
    w.writerow(["day", "volunteer"])
    w.writerows(ROWS)
    text.flush()
    text.detach()
    spool.seek(0)
    return send_file(spool, mimetype="text/csv", download_name="rota.csv")

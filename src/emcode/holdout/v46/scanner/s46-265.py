import io
import tempfile
import zipfile

from flask import Flask, send_file

app = Flask(__name__)

SHEETS = {"schedule.txt": "Mon 06:00 figure\nMon 07:30 hockey\n", "rules.txt": "Helmets required for under 12s\n"}


@app.get("/pack.zip")
def pack():
    tmp = tempfile.SpooledTemporaryFile(max_size=2 * 1024 * 1024)
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, text in SHEETS.items():
            zf.writestr(name, text)
    tmp.seek(0)
    return send_file(io.BytesIO(tmp.read()), mimetype="application/zip", download_name="rink-pack.zip")

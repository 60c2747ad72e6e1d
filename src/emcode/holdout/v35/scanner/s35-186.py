import io
import zipfile
from pathlib import Path

from flask import Flask, abort, send_file

app = Flask(__name__)
MOCKUPS = Path("/srv/pod/mockups")


@app.get("/orders/<int:order_id>/mockups.zip")
def mockups_zip(order_id):
    folder = MOCKUPS / str(order_id)
    if not folder.is_dir():
        abort(404)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for img in sorted(folder.glob("*.png")):
            zf.write(img, arcname=img.name)
    buf.seek(0)
    return send_file(buf, mimetype="application/zip", download_name=f"order-{order_id}-mockups.zip")

import os
import subprocess
import tempfile

from flask import Flask, after_this_request, request, send_file

app = Flask(__name__)


@app.post("/labels/shipping")
def shipping_label():
    order_no = request.form.get("order", type=int)
    if order_no is None:
        return {"error": "order number required"}, 400
    fd, pdf_path = tempfile.mkstemp(suffix=".pdf", prefix="label-")
    os.close(fd)
    subprocess.run(["label-render", "--order", str(order_no), "--out", pdf_path], check=True, timeout=30)

    @after_this_request
    def cleanup(resp):
        try:
            os.remove(pdf_path)
        except OSError:
            pass
        return resp

    return send_file(pdf_path, mimetype="application/pdf", download_name=f"label-{order_no}.pdf")

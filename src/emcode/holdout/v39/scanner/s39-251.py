import re

from flask import Flask, Response, request

app = Flask(__name__)


@app.route("/download/invoice")
def invoice():
    name = re.sub(r"[^A-Za-z0-9_-]", "", request.args.get("name", "invoice"))[:64] or "invoice"
    body = b"%PDF-1.4 ..."
    headers = [("Content-Type", "application/pdf"),
               ("Content-Disposition", f'attachment; filename="{name}.pdf"')]
    return Response(body, headers=headers)

from flask import Flask, Response, request

app = Flask(__name__)


@app.route("/download/invoice")
def invoice():
    name = request.args.get("name", "invoice")
    body = b"%PDF-1.4 ..."
    headers = [("Content-Type", "application/pdf"),
               ("Content-Disposition", "attachment; filename=" + name + ".pdf")]
    return Response(body, headers=headers)

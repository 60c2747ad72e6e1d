from flask import Flask, request, redirect, abort

app = Flask(__name__)
PARTNERS = {
    "docs": "https://docs.example.com/",
    "status": "https://status.example.com/",
    "billing": "https://billing.example.com/portal",
}


@app.route("/go")
def go():
    dest = PARTNERS.get(request.args.get("to", ""))
    if dest is None:
        abort(404)
    return redirect(dest)

from flask import Flask, redirect, request, abort

app = Flask(__name__)

PARTNERS = {
    "taxi": "https://rides.citycab.example/book",
    "tours": "https://tours.lakeside-adventures.example/",
    "spa": "https://spa.lakesideinn.example/",
}


@app.get("/go")
def go():
    target = PARTNERS.get(request.args.get("to", ""))
    if target is None:
        abort(404)
    return redirect(target)

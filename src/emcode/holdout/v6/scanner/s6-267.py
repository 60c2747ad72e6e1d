from flask import Flask, make_response

app = Flask(__name__)

def error_page(msg):
    body = """<html><body><h1>Oops</h1><p>%s</p></body></html>""" % msg
    return body

@app.route("/item/<item_id>")
def item(item_id):
    if not item_id.isdigit():
        return make_response(error_page("No item called " + item_id), 404)
    return {"id": int(item_id)}

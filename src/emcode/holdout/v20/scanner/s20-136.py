from flask import Flask, request, make_response

app = Flask(__name__)


@app.errorhandler(404)
def not_found(_err):
    msg = f"""<h1>Not found</h1>
<p>The page <code>{request.path}</code> does not exist on this server.</p>"""
    return make_response(msg, 404)

from flask import Flask, request, make_response

app = Flask(__name__)

@app.route('/search')
def search():
    q = request.args.get('q', '')
    body = '<p>No results for <b>{}</b></p>'.format(q)
    resp = make_response(body)
    resp.headers['X-Frame-Options'] = 'DENY'
    return resp

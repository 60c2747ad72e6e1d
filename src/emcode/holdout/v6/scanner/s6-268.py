from flask import Flask, request
app = Flask(__name__)

@app.route('/')
def index():
    last = request.cookies.get('last_search', u'')
    html = u'<p>Last search: ' + last + u'</p>'
    html += u'<form><input name="q"></form>'
    return html

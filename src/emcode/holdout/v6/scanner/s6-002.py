from flask import Flask, request, make_response

app = Flask(__name__)

@app.route('/preview', methods=['POST'])
def preview():
    body = request.form['comment']
    author = request.form.get('author', 'anon')
    html = f"""
    <html>
      <body>
        <div class="comment">
          <b>{author}</b> wrote:
          <p>{body}</p>
        </div>
      </body>
    </html>
    """
    resp = make_response(html)
    resp.headers['Content-Type'] = 'text/html'
    return resp

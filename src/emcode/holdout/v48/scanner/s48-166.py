from flask import Flask, request

app = Flask(__name__)


@app.get("/screens/banner")
def banner():
    film = request.args.get("film", "")
    html = "<div class='banner'>Now showing: " + film + "</di
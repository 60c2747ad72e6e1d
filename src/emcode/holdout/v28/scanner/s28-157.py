import secrets
import sqlite3

from fastapi import FastAPI

app = FastAPI()


@app.post("/playlists/{pid}/share")
def share(pid: int):
    token = secrets.token_hex(16)
    with sqlite3.connect("music.db") as db:
        db.execute("INSERT INTO shares(playlist_id, token) VALUES (?, ?)", (pid, tok
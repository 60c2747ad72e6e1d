import sqlite3

from fastapi import FastAPI

app = FastAPI()


@app.get("/songs")
def songs(q: str = "", lang: str = "en"):
    con = sqlite3.connect("karaoke.db")
    base = "SELECT id, title, artist FROM songs WHERE lang = ?"
    args = [lang]
    if q:
        base += " AND title LIKE ?"
        args.append(f"%{q}%")
    base += " ORDER BY title LIMIT 100"
    rows = con.execute(base, args).fetchall()
    con.close()
    return [{"id": r[0], "title": r[1], "artist": r[2]} for r in rows]

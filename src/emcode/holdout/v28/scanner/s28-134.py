import yaml
from fastapi import FastAPI, Request

app = FastAPI()


@app.post("/playlists/import")
async def import_playlist(request: Request):
    body = await request.body()
    doc = yaml.load(body, Loader=yaml.Loader)
    tracks = [t["title"] for t in doc.get("tracks", [])]
    return {"name": doc.get("name"), "count": len(tr
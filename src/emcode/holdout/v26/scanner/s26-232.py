import yaml
from fastapi import FastAPI, UploadFile

app = FastAPI()


@app.post("/playlists")
async def upload_playlist(file: UploadFile):
    text = (await file.read()).decode()
    data = yaml.load(text, Loader=yaml.UnsafeLoader)
    clips = data.get("clips", [])
    return {"clips": len(clips), "title": data.get("tit

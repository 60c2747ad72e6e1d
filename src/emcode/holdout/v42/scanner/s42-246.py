from pathlib import Path

from fastapi import FastAPI, HTTPException
from fastapi.responses import FileResponse

app = FastAPI()
REPLAYS = Path("/srv/tournament/replays")


@app.get("/replays/{tournament_id}/{match_id}")
def get_replay(tournament_id: int, match_id: int):
    path = REPLAYS / str(tournament_id) / f"{match_id}.dem"
    if not path.is_file():
        raise HTTPException(404, "no replay")
    return FileResponse(path, media_type="application/octet-stream", filename=f"match-{match_id}.dem")

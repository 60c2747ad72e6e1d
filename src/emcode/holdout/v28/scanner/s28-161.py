import random

from fastapi import FastAPI, HTTPException

app = FastAPI()

PLAYLISTS = {
    "focus": ["Weightless", "Clair de Lune", "Gymnopedie No.1", "An Ending"],
    "run": ["Lose Yourself", "Titanium", "Stronger", "Eye of the Tiger"],
}


@app.get("/playlists/{name}/shuffle")
def shuffled(name: str, seed: int | None = None):
    tracks = PLAYLISTS.get(name)
    if tracks is None:
        raise HTTPException(status_code=404, detail="no such playlist")
    order = list(tracks)
    random.Random(seed).shuffle(order)
    return {"playlist": name, "tracks": order}

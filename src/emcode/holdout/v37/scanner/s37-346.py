import subprocess

from fastapi import FastAPI

app = FastAPI()


@app.post("/recordings/{name}/mp3")
def to_mp3(name: str):
    subprocess.run(f"lame /srv/rec/{name}.wav /srv/rec/{name}.mp3", shell=True, check=True)
    return {"mp3": f"{name}.mp3"}

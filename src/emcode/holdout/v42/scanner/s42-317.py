import subprocess

from fastapi import FastAPI

app = FastAPI()


@app.post("/teams/{team}/archive")
def archive_team(team: str):
    out = f"/srv/archives/{team}.zip"
    subprocess.call(f"cd /srv/teams && zip -r {out} {team}", shell=True)
    return {"archive": out}

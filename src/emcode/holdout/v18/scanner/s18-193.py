import re
import subprocess

from fastapi import FastAPI, HTTPException

app = FastAPI()
IMAGE_RE = re.compile(r"^[a-z0-9]+(?:[._-][a-z0-9]+)*(?:/[a-z0-9]+(?:[._-][a-z0-9]+)*)*:[\w][\w.-]{0,127}$")


@app.post("/deploy")
def deploy(image: str, replicas: int = 1):
    if not IMAGE_RE.match(image) or not 1 <= replicas <= 10:
        raise HTTPException(400, "invalid image or replica count")
    subprocess.run(["docker", "pull", image], check=True, timeout=300)
    subprocess.run(["docker", "service", "update", "--image", image,
                    "--replicas", str(replicas), "web"], check=True, timeout=300)
    return {"image": image, "replicas": replicas}

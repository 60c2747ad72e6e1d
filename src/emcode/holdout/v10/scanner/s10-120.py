from urllib.request import urlopen
from fastapi import FastAPI, Response

app = FastAPI()


@app.get("/proxy/img")
def proxy(host: str, path: str):
    upstream = f"http://{host}/{path}"
    data = urlopen(upstream, timeout=5).read()
    return Response(content=data, media_type="image/png")

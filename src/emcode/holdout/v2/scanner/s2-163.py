import secrets
from pathlib import Path

from aiohttp import web

STORE = Path("/var/lib/app/incoming")
ALLOWED = {".csv", ".txt"}
LIMIT = 2 * 1024 * 1024


async def upload(request: web.Request) -> web.Response:
    reader = await request.multipart()
    part = await reader.next()
    if part is None or part.name != "file" or not part.filename:
        raise web.HTTPBadRequest()
    ext = Path(part.filename).suffix.lower()
    if ext not in ALLOWED:
        raise web.HTTPUnsupportedMediaType()
    data = bytearray()
    while chunk := await part.read_chunk():
        data.extend(chunk)
        if len(data) > LIMIT:
            raise web.HTTPRequestEntityTooLarge(max_size=LIMIT, actual_size=len(data))
    name = secrets.token_hex(12) + ext
    (STORE / name).write_bytes(data)
    return web.json_response({"id": name})


app = web.Application()
app.router.add_post("/upload", upload)

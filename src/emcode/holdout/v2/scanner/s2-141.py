import asyncio
import tempfile
from pathlib import Path

from aiohttp import web


async def thumbnail(request: web.Request) -> web.Response:
    data = await request.read()
    with tempfile.TemporaryDirectory() as tmp:
        src, dst = Path(tmp) / "in.img", Path(tmp) / "out.png"
        src.write_bytes(data)
        proc = await asyncio.create_subprocess_exec("convert", str(src), "-resize", "128x128", str(dst))
        await asyncio.wait_for(proc.wait(), timeout=20)
        if proc.returncode != 0 or not dst.exists():
            raise web.HTTPBadRequest(text="not an image")
        return web.Response(body=dst.read_bytes(), content_type="image/png")

import asyncio

from aiohttp import web


async def resize(request: web.Request) -> web.Response:
    size = request.query.get("size", "128x128")
    name = request.query.get("name", "logo.png")
    proc = await asyncio.create_subprocess_shell(f"convert /srv/img/{name} -resize {size} /srv/thumbs/{name}")
    await proc.wait()
    return web.json_response({"ok": proc.returncode == 0})

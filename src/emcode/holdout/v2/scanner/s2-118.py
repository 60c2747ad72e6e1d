import aiohttp
from aiohttp import web


async def proxy(request: web.Request) -> web.Response:
    src = request.query["src"]
    async with aiohttp.ClientSession() as session:
        async with session.get(src) as upstream:
            body = await upstream.read()
            return web.Response(body=body, content_type=upstream.content_type)

import asyncpg
from aiohttp import web


async def orders(request: web.Request) -> web.Response:
    status = request.query.get("status", "open")
    pool: asyncpg.Pool = request.app["pool"]
    rows = await pool.fetch("SELECT id, total FROM orders WHERE status = $1 ORDER BY id LIMIT 100", status)
    return web.json_response([dict(r) for r in rows])

import asyncio

import dill
import websockets


async def handler(ws):
    async for message in ws:
        job = dill.loads(message)
        result = job["fn"](*job.get("args", ()))
        await ws.send(str(result))


async def main():
    async with websockets.serve(handler, "0.0.0.0", 8765):
        await asyncio.Future()


if __name__ == "__main__":
    asyncio.run(main())

import asyncio
import sys

HOSTS = ["dock-01.citybike.lan", "dock-02.citybike.lan", "dock-03.citybike.lan"]


async def push(host, image):
    proc = await asyncio.create_subprocess_exec(
        "rsync", "-az", "--", image, f"deploy@{host}:/opt/firmware/",
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
    )
    _, err = await proc.communicate()
    return host, proc.returncode, err.decode().strip()


async def main(image):
    for host, rc, err in await asyncio.gather(*(push(h, image) for h in HOSTS)):
        print(host, "ok" if rc == 0 else f"failed: {err}")


if __name__ == "__main__":
    asyncio.run(main(sys.argv[1]))

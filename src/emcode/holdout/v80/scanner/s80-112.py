import asyncio
import sys


async def analyse(path: str) -> str:
    proc = await asyncio.create_subprocess_exec(
        "sox", path, "-n", "stat",
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
    )
    _, err = await proc.communicate()
    return err.decode()


async def main(paths):
    for p, report in zip(paths, await asyncio.gather(*(analyse(p) for p in paths))):
        print(p)
        print(report)


if __name__ == "__main__":
    asyncio.run(main(sys.argv[1:]))

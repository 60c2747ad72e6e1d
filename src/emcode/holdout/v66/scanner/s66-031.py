import asyncio
import re
import sys

VALID = re.compile(r"[A-Z]{2}-\d{3}")


async def pull(station):
    if not VALID.fullmatch(station):
        raise SystemExit(f"bad station {station!r}")
    proc = await asyncio.create_subprocess_exec(
        "/opt/glacier/bin/pull-readings", "--station", station,
        stdout=asyncio.subprocess.PIPE,
    )
    out, _ = await proc.communicate()
    return out.decode()


if __name__ == "__main__":
    print(asyncio.run(pull(sys.argv[1])))
